//! Pending role invitations: a role (co-organizer, or moderator/speaker of a
//! session) offered to an email address and granted only when the owner of that
//! mailbox accepts. A row exists while the offer is pending; accepting or
//! withdrawing deletes it. Tokens are made and hashed as in [`super::tokens`]: only
//! the SHA-256 travels to the database, the token itself only in the mail. (Account
//! tokens need an account; these deliberately belong to an address, so that nothing
//! is tied to an account before its owner has proved the mailbox.)

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{role_invitations as ri, sessions};
use super::tokens::hash;
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::status::SessionRole;
use crate::domain::{ConferenceId, Email, SessionId, UserId};

/// What an invitation offers: organizer of the conference, or a role in one session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    Organizer,
    Session(SessionId, SessionRole),
}

impl Offer {
    fn columns(self) -> (Option<SessionId>, Option<SessionRole>) {
        match self {
            Offer::Organizer => (None, None),
            Offer::Session(s, r) => (Some(s), Some(r)),
        }
    }

    fn from_columns(session: Option<SessionId>, role: Option<SessionRole>) -> Self {
        match (session, role) {
            (Some(s), Some(r)) => Offer::Session(s, r),
            // The table's CHECK keeps both NULL or both set.
            _ => Offer::Organizer,
        }
    }
}

/// A pending invitation, with the title of its session (if any).
#[derive(Clone, Debug)]
pub struct Invitation {
    pub conference: ConferenceId,
    pub offer: Offer,
    pub session_title: Option<String>,
    pub email: String,
    pub expires_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
}

type Row = (
    ConferenceId,
    Option<SessionId>,
    Option<SessionRole>,
    Option<String>,
    String,
    NaiveDateTime,
    NaiveDateTime,
);

fn from_row(r: Row) -> Invitation {
    let (conference, session, role, title, email, expires, created) = r;
    Invitation {
        conference,
        offer: Offer::from_columns(session, role),
        session_title: title,
        email,
        expires_at: from_db_time(expires),
        created_at: from_db_time(created),
    }
}

macro_rules! select_invitation {
    ($q:expr) => {
        $q.left_join(sessions::table).select((
            ri::conference_id,
            ri::session_id,
            ri::session_role,
            sessions::title.nullable(),
            ri::email,
            ri::expires_at,
            ri::created_at,
        ))
    };
}

/// Stores an offer and returns the secret token for its link. A second pending
/// offer of the same role to the same address is a unique violation.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn insert(
    conn: &mut DbConn,
    conference: ConferenceId,
    offer: Offer,
    email: &Email,
    invited_by: UserId,
    valid_for: chrono::Duration,
    now: DateTime<Utc>,
) -> QueryResult<String> {
    let token = crate::domain::secret::random_token();
    let (session, role) = offer.columns();
    diesel::insert_into(ri::table)
        .values((
            ri::token_hash.eq(hash(&token)),
            ri::conference_id.eq(conference),
            ri::session_id.eq(session),
            ri::session_role.eq(role),
            ri::email.eq(email.as_str()),
            ri::invited_by.eq(Some(invited_by)),
            ri::expires_at.eq(to_db_time(now + valid_for)),
            ri::created_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Whether `email` already has a pending offer of this role.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn is_pending(
    conn: &mut DbConn,
    conference: ConferenceId,
    offer: Offer,
    email: &Email,
) -> QueryResult<bool> {
    matching(conference, offer, email)
        .first::<String>(conn)
        .optional()
        .map(|h| h.is_some())
}

/// The pending invitations of a conference (expired ones included, so that they can
/// be resent), oldest first.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn of_conference(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<Invitation>> {
    select_invitation!(ri::table.filter(ri::conference_id.eq(conference)))
        .order((ri::created_at, ri::email))
        .load::<Row>(conn)
        .map(|rows| rows.into_iter().map(from_row).collect())
}

/// The invitation a token opens, if it is pending and not expired. Reading uses
/// nothing up.
#[tracing::instrument(level = "debug", skip_all)]
pub fn by_token(
    conn: &mut DbConn,
    token: &str,
    now: DateTime<Utc>,
) -> QueryResult<Option<Invitation>> {
    select_invitation!(
        ri::table
            .filter(ri::token_hash.eq(hash(token)))
            .filter(ri::expires_at.gt(to_db_time(now)))
    )
    .first::<Row>(conn)
    .optional()
    .map(|r| r.map(from_row))
}

/// Uses a token up: deletes its invitation if it is still pending and not expired,
/// and returns it. Of two concurrent uses exactly one gets the invitation.
#[tracing::instrument(level = "debug", skip_all)]
pub fn take(conn: &mut DbConn, token: &str, now: DateTime<Utc>) -> QueryResult<Option<Invitation>> {
    let Some(inv) = by_token(conn, token, now)? else {
        return Ok(None);
    };
    let n = diesel::delete(ri::table.filter(ri::token_hash.eq(hash(token)))).execute(conn)?;
    Ok((n == 1).then_some(inv))
}

/// The token hash of the pending offer of `offer` to `email`.
fn matching(
    conference: ConferenceId,
    offer: Offer,
    email: &Email,
) -> ri::BoxedQuery<'static, super::conn::MultiBackend, diesel::sql_types::Text> {
    let q = ri::table
        .select(ri::token_hash)
        .filter(ri::conference_id.eq(conference))
        .filter(ri::email.eq(email.as_str().to_string()))
        .into_boxed();
    match offer {
        Offer::Organizer => q.filter(ri::session_id.is_null()),
        Offer::Session(s, r) => q
            .filter(ri::session_id.eq(s))
            .filter(ri::session_role.eq(r)),
    }
}

/// Deletes the pending offer; returns whether there was one.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn withdraw(
    conn: &mut DbConn,
    conference: ConferenceId,
    offer: Offer,
    email: &Email,
) -> QueryResult<bool> {
    let hashes: Vec<String> = matching(conference, offer, email).load(conn)?;
    let n = diesel::delete(ri::table.filter(ri::token_hash.eq_any(&hashes))).execute(conn)?;
    Ok(n > 0)
}

/// Gives the pending offer a new token and a new expiry (the old link stops
/// working); `None` when there is no such offer.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn renew(
    conn: &mut DbConn,
    conference: ConferenceId,
    offer: Offer,
    email: &Email,
    valid_for: chrono::Duration,
    now: DateTime<Utc>,
) -> QueryResult<Option<String>> {
    let old: Option<String> = matching(conference, offer, email).first(conn).optional()?;
    let Some(old) = old else {
        return Ok(None);
    };
    let token = crate::domain::secret::random_token();
    diesel::update(ri::table.filter(ri::token_hash.eq(&old)))
        .set((
            ri::token_hash.eq(hash(&token)),
            ri::expires_at.eq(to_db_time(now + valid_for)),
        ))
        .execute(conn)?;
    Ok(Some(token))
}
