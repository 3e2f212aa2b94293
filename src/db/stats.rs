//! Counts computed in SQL (never by loading rows): the public "N registrants from M
//! countries" line and the per-status totals.

use diesel::dsl::{count, count_star};
use diesel::prelude::*;

use super::DbConn;
use super::schema::registrations;
use crate::domain::ConferenceId;
use crate::domain::status::RegistrationStatus;

/// Confirmed registrants and the number of distinct countries they come from.
pub fn confirmed_reach(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<(i64, i64)> {
    registrations::table
        .filter(registrations::conference_id.eq(conference.to_string()))
        .filter(registrations::status.eq(RegistrationStatus::Confirmed.as_str()))
        .select((
            count_star(),
            count(registrations::country).aggregate_distinct(),
        ))
        .get_result(conn)
}

/// Registrations per status: (status, count).
pub fn by_status(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<(String, i64)>> {
    registrations::table
        .filter(registrations::conference_id.eq(conference.to_string()))
        .group_by(registrations::status)
        .select((registrations::status, count_star()))
        .load(conn)
}
