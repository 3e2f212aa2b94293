//! Single-use email tokens (confirm, reset, invite, change of email). Only the
//! SHA-256 of a token is stored; the token itself exists only in the mail.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::schema::email_tokens;
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::{RegistrationId, UserId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Confirm,
    Reset,
    Invite,
    ChangeEmail,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::Confirm => "confirm",
            Self::Reset => "reset",
            Self::Invite => "invite",
            Self::ChangeEmail => "change_email",
        }
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Creates a token and returns the secret to put in the link.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn issue(
    conn: &mut DbConn,
    user: UserId,
    purpose: Purpose,
    registration: Option<RegistrationId>,
    payload: Option<&str>,
    valid_for: chrono::Duration,
    now: DateTime<Utc>,
) -> QueryResult<String> {
    let token = crate::domain::secret::random_token();
    diesel::insert_into(email_tokens::table)
        .values((
            email_tokens::token_hash.eq(hash(&token)),
            email_tokens::user_id.eq(user),
            email_tokens::purpose.eq(purpose.as_str()),
            email_tokens::registration_id.eq(registration),
            email_tokens::payload.eq(payload),
            email_tokens::expires_at.eq(to_db_time(now + valid_for)),
            email_tokens::created_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(token)
}

/// A token as [`consume`] selects it.
#[derive(Queryable)]
struct TokenRow {
    user_id: UserId,
    registration_id: Option<RegistrationId>,
    payload: Option<String>,
    expires_at: NaiveDateTime,
    used_at: Option<NaiveDateTime>,
}

#[derive(Debug)]
pub struct Token {
    pub hash: String,
    pub user_id: UserId,
    pub registration_id: Option<RegistrationId>,
    pub payload: Option<String>,
    pub expires_at: DateTime<Utc>,
    pub used: bool,
}

/// Why a token cannot be used.
#[derive(Debug, PartialEq, Eq)]
pub enum Rejected {
    Unknown,
    Used,
    Expired,
}

/// Whether `token` is live for `purpose` (known, unused, not expired), without using
/// it up: the cheap check that runs before expensive work such as hashing a new
/// password. [`consume`] stays the authority when the token is used.
#[tracing::instrument(level = "debug", skip_all)]
pub fn is_live(
    conn: &mut DbConn,
    token: &str,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    use diesel::dsl::{exists, select};
    select(exists(
        email_tokens::table
            .filter(email_tokens::token_hash.eq(hash(token)))
            .filter(email_tokens::purpose.eq(purpose.as_str()))
            .filter(email_tokens::used_at.is_null())
            .filter(email_tokens::expires_at.gt(to_db_time(now))),
    ))
    .get_result(conn)
}

/// Reads a token for `purpose` without using it up: what a confirmation page shows
/// before the person presses its button (a mail scanner that prefetches the link
/// must not consume it). [`consume`] stays the authority when the token is used.
#[tracing::instrument(level = "debug", skip_all)]
pub fn peek(
    conn: &mut DbConn,
    token: &str,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> QueryResult<Result<Token, (Rejected, Option<Token>)>> {
    let h = hash(token);
    let row: Option<TokenRow> = email_tokens::table
        .filter(email_tokens::token_hash.eq(&h))
        .filter(email_tokens::purpose.eq(purpose.as_str()))
        .select((
            email_tokens::user_id,
            email_tokens::registration_id,
            email_tokens::payload,
            email_tokens::expires_at,
            email_tokens::used_at,
        ))
        .first(conn)
        .optional()?;
    let Some(row) = row else {
        return Ok(Err((Rejected::Unknown, None)));
    };
    let t = Token {
        hash: h,
        user_id: row.user_id,
        registration_id: row.registration_id,
        payload: row.payload,
        expires_at: from_db_time(row.expires_at),
        used: row.used_at.is_some(),
    };
    if t.used {
        return Ok(Err((Rejected::Used, Some(t))));
    }
    if t.expires_at <= now {
        return Ok(Err((Rejected::Expired, Some(t))));
    }
    Ok(Ok(t))
}

/// Looks a token up for `purpose` and consumes it (single use, atomically: of two
/// concurrent uses exactly one succeeds).
#[tracing::instrument(level = "debug", skip_all)]
pub fn consume(
    conn: &mut DbConn,
    token: &str,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> QueryResult<Result<Token, (Rejected, Option<Token>)>> {
    let t = match peek(conn, token, purpose, now)? {
        Ok(t) => t,
        Err(rejected) => return Ok(Err(rejected)),
    };
    let n = diesel::update(
        email_tokens::table
            .filter(email_tokens::token_hash.eq(&t.hash))
            .filter(email_tokens::used_at.is_null()),
    )
    .set(email_tokens::used_at.eq(to_db_time(now)))
    .execute(conn)?;
    if n == 0 {
        return Ok(Err((Rejected::Used, Some(t))));
    }
    Ok(Ok(t))
}

/// Invalidates a user's unused tokens of one purpose (e.g. older reset links).
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn revoke(
    conn: &mut DbConn,
    user: UserId,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(
        email_tokens::table
            .filter(email_tokens::user_id.eq(user))
            .filter(email_tokens::purpose.eq(purpose.as_str()))
            .filter(email_tokens::used_at.is_null()),
    )
    .set(email_tokens::used_at.eq(to_db_time(now)))
    .execute(conn)?;
    Ok(())
}

/// The payloads of `user`'s tokens of `purpose`, used or not (for a change of email, the
/// addresses a link was sent to), so that deleting the account can drop that mail.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn payloads(conn: &mut DbConn, user: UserId, purpose: Purpose) -> QueryResult<Vec<String>> {
    email_tokens::table
        .filter(email_tokens::user_id.eq(user))
        .filter(email_tokens::purpose.eq(purpose.as_str()))
        .filter(email_tokens::payload.is_not_null())
        .select(email_tokens::payload.assume_not_null())
        .load(conn)
}
