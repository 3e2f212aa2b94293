//! What anonymising a conference's registrations changes in storage: the people
//! linked to them (to scrub the audit log and the stored mail first), then the
//! registrations themselves, detached from their accounts with every personal field
//! blanked, their pending email tokens and the mail sent to those people about this
//! conference. Country, status, dates and session seats stay, so the counts do.
//! The use case that orders these steps is `service::retention`.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{email_tokens, outbox, registrations, users};
use super::{DbConn, to_db_time};
use crate::domain::{ConferenceId, RegistrationId, UserId};

/// A person linked to one of the conference's registrations.
#[derive(Clone, Debug, Queryable)]
pub struct Linked {
    pub registration: RegistrationId,
    pub user: UserId,
    pub email: String,
    pub name: String,
}

#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn linked(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<Linked>> {
    registrations::table
        .inner_join(users::table)
        .filter(registrations::conference_id.eq(conference))
        .select((registrations::id, users::id, users::email, users::name))
        .load(conn)
}

/// Every registration of the conference (anonymised ones included).
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn registration_ids(
    conn: &mut DbConn,
    conference: ConferenceId,
) -> QueryResult<Vec<RegistrationId>> {
    registrations::table
        .filter(registrations::conference_id.eq(conference))
        .select(registrations::id)
        .load(conn)
}

/// Detaches the conference's registrations from their accounts and blanks their
/// personal fields (feed secret, consent); returns how many were still linked.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn detach(
    conn: &mut DbConn,
    conference: ConferenceId,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    let linked = registrations::table
        .filter(registrations::conference_id.eq(conference))
        .filter(registrations::user_id.is_not_null())
        .count()
        .get_result::<i64>(conn)?;
    diesel::update(registrations::table.filter(registrations::conference_id.eq(conference)))
        .set((
            registrations::user_id.eq(None::<UserId>),
            registrations::feed_token_hash.eq(None::<String>),
            registrations::feed_created_at.eq(None::<NaiveDateTime>),
            registrations::listed_consent.eq(false),
            registrations::listed_consent_at.eq(None::<NaiveDateTime>),
            registrations::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(usize::try_from(linked).unwrap_or(0))
}

/// Deletes the email tokens that point at these registrations.
#[tracing::instrument(level = "debug", skip_all)]
pub fn drop_tokens(conn: &mut DbConn, ids: &[RegistrationId]) -> QueryResult<usize> {
    let mut n = 0;
    for chunk in ids.chunks(500) {
        n += diesel::delete(
            email_tokens::table.filter(email_tokens::registration_id.eq_any(chunk.to_vec())),
        )
        .execute(conn)?;
    }
    Ok(n)
}

/// Deletes the conference's stored mail to `addresses` (queued, sent or failed).
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn forget_mail(
    conn: &mut DbConn,
    conference: ConferenceId,
    addresses: &[String],
) -> QueryResult<usize> {
    let mut n = 0;
    for chunk in addresses.chunks(500) {
        n += diesel::delete(
            outbox::table
                .filter(outbox::conference_id.eq(conference))
                .filter(outbox::to_address.eq_any(chunk)),
        )
        .execute(conn)?;
    }
    Ok(n)
}
