//! User accounts. Emails are stored normalised (lower case) and unique.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::users;
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::lang::Lang;
use crate::domain::{CountryCode, Email, TimeZone, UserId};

#[derive(Queryable, Selectable)]
#[diesel(table_name = users)]
pub(super) struct Row {
    id: UserId,
    email: String,
    name: String,
    country: CountryCode,
    organization: Option<String>,
    time_zone: TimeZone,
    password_hash: Option<String>,
    is_admin: bool,
    email_verified_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
    language: Option<Lang>,
}

#[derive(Clone, Debug)]
pub struct User {
    pub id: UserId,
    pub email: Email,
    pub name: String,
    pub country: CountryCode,
    pub organization: Option<String>,
    pub tz: chrono_tz::Tz,
    pub password_hash: Option<String>,
    pub is_admin: bool,
    pub email_verified_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    /// The language they chose (at sign-up or in their profile); mail to them is in it.
    pub language: Option<Lang>,
}

impl From<Row> for User {
    fn from(r: Row) -> Self {
        Self {
            id: r.id,
            email: Email::from_db(r.email),
            name: r.name,
            country: r.country,
            organization: r.organization,
            tz: r.time_zone.tz(),
            password_hash: r.password_hash,
            is_admin: r.is_admin,
            email_verified_at: r.email_verified_at.map(from_db_time),
            created_at: from_db_time(r.created_at),
            language: r.language,
        }
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn by_email(conn: &mut DbConn, email: &Email) -> QueryResult<Option<User>> {
    users::table
        .filter(users::email.eq(email.as_str()))
        .select(Row::as_select())
        .first(conn)
        .optional()
        .map(|r| r.map(User::from))
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn by_id(conn: &mut DbConn, id: UserId) -> QueryResult<Option<User>> {
    users::table
        .find(id)
        .select(Row::as_select())
        .first(conn)
        .optional()
        .map(|r| r.map(User::from))
}

pub struct NewUser<'a> {
    pub id: UserId,
    pub email: &'a Email,
    pub name: &'a str,
    pub country: CountryCode,
    pub organization: Option<&'a str>,
    pub tz: chrono_tz::Tz,
    pub password_hash: Option<&'a str>,
    pub is_admin: bool,
    pub email_verified_at: Option<DateTime<Utc>>,
    pub language: Option<Lang>,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &mut DbConn, u: &NewUser<'_>, now: DateTime<Utc>) -> QueryResult<()> {
    let now = to_db_time(now);
    diesel::insert_into(users::table)
        .values((
            users::id.eq(u.id),
            users::email.eq(u.email.as_str()),
            users::name.eq(u.name),
            users::country.eq(u.country),
            users::organization.eq(u.organization),
            users::time_zone.eq(TimeZone(u.tz)),
            users::password_hash.eq(u.password_hash),
            users::is_admin.eq(u.is_admin),
            users::email_verified_at.eq(u.email_verified_at.map(to_db_time)),
            users::language.eq(u.language),
            users::created_at.eq(now),
            users::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sets the password hash and admin flag of an existing user (used by `create-admin`),
/// and marks the email verified: the operator vouches for the address, and an
/// unverified account could not sign in.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn make_admin(
    conn: &mut DbConn,
    id: UserId,
    password_hash: &str,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(password_hash),
            users::is_admin.eq(true),
            users::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    mark_verified(conn, id, now)
}

/// Inserts unless the email is taken (case-insensitively); returns whether a row was
/// written. Concurrent sign-ups with one email create exactly one account, and the
/// losers see "taken" instead of an aborted transaction.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_if_absent(
    conn: &mut DbConn,
    u: &NewUser<'_>,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    use diesel::sql_types::{Bool, Nullable, Text, Timestamp};
    let now = to_db_time(now);
    let n = diesel::sql_query(
        "INSERT INTO users (id, email, name, country, organization, time_zone, password_hash, is_admin, email_verified_at, created_at, updated_at, language) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING",
    )
    .bind::<Text, _>(u.id)
    .bind::<Text, _>(u.email.as_str())
    .bind::<Text, _>(u.name)
    .bind::<Text, _>(u.country)
    .bind::<Nullable<Text>, _>(u.organization)
    .bind::<Text, _>(TimeZone(u.tz))
    .bind::<Nullable<Text>, _>(u.password_hash)
    .bind::<Bool, _>(u.is_admin)
    .bind::<Nullable<Timestamp>, _>(u.email_verified_at.map(to_db_time))
    .bind::<Timestamp, _>(now)
    .bind::<Timestamp, _>(now)
    .bind::<Nullable<Text>, _>(u.language)
    .execute(conn)?;
    Ok(n == 1)
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn mark_verified(conn: &mut DbConn, id: UserId, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::update(
        users::table
            .find(id)
            .filter(users::email_verified_at.is_null()),
    )
    .set(users::email_verified_at.eq(to_db_time(now)))
    .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn set_password(
    conn: &mut DbConn,
    id: UserId,
    hash: &str,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(hash),
            users::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Changes the email; false when another account has it.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn set_email(
    conn: &mut DbConn,
    id: UserId,
    email: &Email,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    if by_email(conn, email)?.is_some() {
        return Ok(false);
    }
    diesel::update(users::table.find(id))
        .set((
            users::email.eq(email.as_str()),
            users::email_verified_at.eq(to_db_time(now)),
            users::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(true)
}

pub struct Profile<'a> {
    pub name: &'a str,
    pub country: CountryCode,
    pub organization: Option<&'a str>,
    pub tz: chrono_tz::Tz,
    pub language: Option<Lang>,
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn update_profile(
    conn: &mut DbConn,
    id: UserId,
    p: &Profile<'_>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::name.eq(p.name),
            users::country.eq(p.country),
            users::organization.eq(p.organization),
            users::time_zone.eq(TimeZone(p.tz)),
            users::language.eq(p.language),
            users::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Deletes the account. Registrations stay (user_id set to NULL by the foreign key)
/// so anonymous counts by country and status survive; roles and tokens go with it.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn delete(conn: &mut DbConn, id: UserId) -> QueryResult<()> {
    diesel::delete(users::table.find(id)).execute(conn)?;
    Ok(())
}

/// The language the person with `email` chose, if there is such a person and they
/// chose one (mail to them is written in it).
pub fn language_of(conn: &mut DbConn, email: &str) -> QueryResult<Option<Lang>> {
    Ok(users::table
        .filter(users::email.eq(email))
        .select(users::language)
        .first::<Option<Lang>>(conn)
        .optional()?
        .flatten())
}
