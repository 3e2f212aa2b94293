//! Speakers' and moderators' public profiles. Reading for the public (pages, exports)
//! goes through [`shown`], which returns only the profiles of people who consented.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::schema::profiles as p;
use super::{DbConn, to_db_time};
use crate::domain::UserId;
use crate::domain::profile::Profile;

#[derive(Queryable, Selectable)]
#[diesel(table_name = p)]
struct Row {
    user_id: UserId,
    honorific: String,
    job_title: String,
    organisation: String,
    country: String,
    biography: String,
    photo_hash: Option<String>,
    consent: bool,
}

impl From<Row> for Profile {
    fn from(r: Row) -> Self {
        Profile {
            honorific: r.honorific,
            job_title: r.job_title,
            organisation: r.organisation,
            country: r.country,
            biography: r.biography,
            photo: r.photo_hash,
            consent: r.consent,
        }
    }
}

/// A person's profile, whether shown or not (for the person and organizers editing it).
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn of(conn: &mut DbConn, user: UserId) -> QueryResult<Option<Profile>> {
    p::table
        .find(user)
        .select(Row::as_select())
        .first(conn)
        .optional()
        .map(|r| r.map(Profile::from))
}

/// The profiles that may be shown publicly among `users`: consenting people only.
#[tracing::instrument(level = "debug", skip_all)]
pub fn shown(conn: &mut DbConn, users: &[UserId]) -> QueryResult<HashMap<UserId, Profile>> {
    if users.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = p::table
        .filter(p::user_id.eq_any(users))
        .filter(p::consent.eq(true))
        .select(Row::as_select())
        .load(conn)?;
    Ok(rows.into_iter().map(|r| (r.user_id, r.into())).collect())
}

/// Writes a person's whole profile (insert or replace).
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn save(conn: &mut DbConn, user: UserId, pr: &Profile, now: DateTime<Utc>) -> QueryResult<()> {
    let now = to_db_time(now);
    let values = || {
        (
            p::honorific.eq(&pr.honorific),
            p::job_title.eq(&pr.job_title),
            p::organisation.eq(&pr.organisation),
            p::country.eq(&pr.country),
            p::biography.eq(&pr.biography),
            p::photo_hash.eq(&pr.photo),
            p::consent.eq(pr.consent),
            p::updated_at.eq(now),
        )
    };
    let n = diesel::update(p::table.find(user))
        .set(values())
        .execute(conn)?;
    if n == 0 {
        diesel::insert_into(p::table)
            .values((p::user_id.eq(user), values()))
            .execute(conn)?;
    }
    Ok(())
}
