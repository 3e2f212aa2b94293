//! Personal invitations to register in a participant category (not the role
//! invitations of `invitations.rs`): token hashes only, one row per invited
//! address and conference.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::registration_invitations as ri;
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::invitation_state::InvitationState;
use crate::domain::{ConferenceId, RegistrationId, UserId};

/// What is written for one invitation.
pub struct NewInvitation<'a> {
    pub conference_id: ConferenceId,
    pub category_id: &'a str,
    pub email: &'a str,
    pub name: &'a str,
    pub country: &'a str,
    pub organization: Option<&'a str>,
    pub language: Option<&'a str>,
    /// The SHA-256 of the link's secret (`db::tokens::hash`).
    pub token_hash: &'a str,
    pub allow_forwarding: bool,
    pub expires_at: DateTime<Utc>,
    pub created_by: UserId,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &mut DbConn, n: &NewInvitation<'_>, now: DateTime<Utc>) -> QueryResult<String> {
    let id = uuid::Uuid::now_v7().to_string();
    let now = to_db_time(now);
    diesel::insert_into(ri::table)
        .values((
            ri::id.eq(&id),
            ri::conference_id.eq(n.conference_id),
            ri::category_id.eq(n.category_id),
            ri::email.eq(n.email),
            ri::name.eq(n.name),
            ri::country.eq(n.country),
            ri::organization.eq(n.organization),
            ri::language.eq(n.language),
            ri::token_hash.eq(n.token_hash),
            ri::allow_forwarding.eq(n.allow_forwarding),
            ri::expires_at.eq(to_db_time(n.expires_at)),
            ri::created_by.eq(n.created_by),
            ri::created_at.eq(now),
            ri::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// The addresses already invited to the conference (revoked ones included: an
/// address is invited once).
pub fn emails(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<String>> {
    ri::table
        .filter(ri::conference_id.eq(conference))
        .select(ri::email)
        .load(conn)
}

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = ri)]
pub struct InvitationRow {
    pub id: String,
    pub category_id: String,
    pub email: String,
    pub name: String,
    pub country: String,
    pub organization: Option<String>,
    pub language: Option<String>,
    pub allow_forwarding: bool,
    pub expires_at: NaiveDateTime,
    pub reminded_at: Option<NaiveDateTime>,
    pub used_at: Option<NaiveDateTime>,
    pub revoked_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

impl InvitationRow {
    /// Neither used nor revoked.
    pub fn open(&self) -> bool {
        self.used_at.is_none() && self.revoked_at.is_none()
    }

    pub fn expires(&self) -> DateTime<Utc> {
        from_db_time(self.expires_at)
    }

    /// Where it stands at `now`.
    pub fn state(&self, now: DateTime<Utc>) -> InvitationState {
        InvitationState::of(
            self.used_at.map(from_db_time),
            self.revoked_at.map(from_db_time),
            self.expires(),
            now,
        )
    }
}

/// The invitation of the conference whose link's secret hashes to `token_hash`.
#[tracing::instrument(level = "debug", skip_all)]
pub fn by_token_hash(
    conn: &mut DbConn,
    conference: ConferenceId,
    token_hash: &str,
) -> QueryResult<Option<InvitationRow>> {
    ri::table
        .filter(ri::conference_id.eq(conference))
        .filter(ri::token_hash.eq(token_hash))
        .select(InvitationRow::as_select())
        .first(conn)
        .optional()
}

/// The conference's invitations among `ids`.
pub fn by_ids(
    conn: &mut DbConn,
    conference: ConferenceId,
    ids: &[String],
) -> QueryResult<Vec<InvitationRow>> {
    ri::table
        .filter(ri::conference_id.eq(conference))
        .filter(ri::id.eq_any(ids))
        .order((ri::created_at, ri::id))
        .select(InvitationRow::as_select())
        .load(conn)
}

/// One invitation of the conference.
pub fn by_id(
    conn: &mut DbConn,
    conference: ConferenceId,
    id: &str,
) -> QueryResult<Option<InvitationRow>> {
    ri::table
        .filter(ri::conference_id.eq(conference))
        .filter(ri::id.eq(id))
        .select(InvitationRow::as_select())
        .first(conn)
        .optional()
}

/// Marks an unused, unrevoked, unexpired invitation used by `registration`;
/// whether it was (a second use of the same link, even a concurrent one, is not).
pub fn mark_used(
    conn: &mut DbConn,
    id: &str,
    registration: RegistrationId,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let now = to_db_time(now);
    let n = diesel::update(
        ri::table
            .filter(ri::id.eq(id))
            .filter(ri::used_at.is_null())
            .filter(ri::revoked_at.is_null())
            .filter(ri::expires_at.gt(now)),
    )
    .set((
        ri::used_at.eq(now),
        ri::registration_id.eq(registration.to_string()),
        ri::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// Gives an unused, unrevoked invitation a new link (the old one stops working)
/// valid until `expires`, and notes the reminder; whether it was renewed.
pub fn renew(
    conn: &mut DbConn,
    id: &str,
    token_hash: &str,
    expires: DateTime<Utc>,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let now = to_db_time(now);
    let n = diesel::update(
        ri::table
            .filter(ri::id.eq(id))
            .filter(ri::used_at.is_null())
            .filter(ri::revoked_at.is_null()),
    )
    .set((
        ri::token_hash.eq(token_hash),
        ri::expires_at.eq(to_db_time(expires)),
        ri::reminded_at.eq(now),
        ri::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// Every invitation of the conference, oldest first.
pub fn for_conference(
    conn: &mut DbConn,
    conference: ConferenceId,
) -> QueryResult<Vec<InvitationRow>> {
    ri::table
        .filter(ri::conference_id.eq(conference))
        .order((ri::created_at, ri::id))
        .select(InvitationRow::as_select())
        .load(conn)
}

/// Revokes an open invitation of the conference; whether one was revoked.
pub fn revoke(
    conn: &mut DbConn,
    conference: ConferenceId,
    id: &str,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let now = to_db_time(now);
    let n = diesel::update(
        ri::table
            .filter(ri::conference_id.eq(conference))
            .filter(ri::id.eq(id))
            .filter(ri::used_at.is_null())
            .filter(ri::revoked_at.is_null()),
    )
    .set((ri::revoked_at.eq(now), ri::updated_at.eq(now)))
    .execute(conn)?;
    Ok(n == 1)
}
