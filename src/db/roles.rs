//! Who may do what: organizer roles on conferences, moderator and speaker roles on
//! sessions. Used by the route guard (`web::guard`) on every protected request.

use diesel::prelude::*;

use super::DbConn;
use super::schema::{conference_roles, session_people, sessions};
use crate::domain::status::{ConferenceRole, SessionRole};
use crate::domain::{ConferenceId, SessionId, UserId};

#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference, user = %user))]
pub fn is_organizer(
    conn: &mut DbConn,
    conference: ConferenceId,
    user: UserId,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        conference_roles::table
            .filter(conference_roles::conference_id.eq(conference))
            .filter(conference_roles::user_id.eq(user))
            .filter(conference_roles::role.eq(ConferenceRole::Organizer)),
    ))
    .get_result(conn)
}

/// Conferences the user organizes.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn organized_by(conn: &mut DbConn, user: UserId) -> QueryResult<Vec<ConferenceId>> {
    conference_roles::table
        .filter(conference_roles::user_id.eq(user))
        .filter(conference_roles::role.eq(ConferenceRole::Organizer))
        .select(conference_roles::conference_id)
        .load(conn)
}

/// The user's roles in one session (empty when none). The session must belong to
/// `conference`.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference, session = %session, user = %user))]
pub fn session_roles(
    conn: &mut DbConn,
    conference: ConferenceId,
    session: SessionId,
    user: UserId,
) -> QueryResult<Vec<SessionRole>> {
    session_people::table
        .inner_join(sessions::table)
        .filter(sessions::conference_id.eq(conference))
        .filter(session_people::session_id.eq(session))
        .filter(session_people::user_id.eq(user))
        .select(session_people::role)
        .load(conn)
}

/// Whether the user moderates or speaks in any session.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn has_any_session_role(conn: &mut DbConn, user: UserId) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        session_people::table.filter(session_people::user_id.eq(user)),
    ))
    .get_result(conn)
}
