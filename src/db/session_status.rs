//! The agenda's small facts outside a session's form: the names of its rooms, and
//! whether a session is cancelled (kept on the agenda, marked, struck from calendars).

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::schema::sessions;
use super::{DbConn, to_db_time};
use crate::domain::status::SessionStatus;
use crate::domain::{ConferenceId, SessionId};

/// The room (track) names the conference's sessions use, other than `except`'s, as
/// stored (one per session, unsorted; `domain::rooms::room_list` makes the list).
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn room_names(
    conn: &mut DbConn,
    conference: ConferenceId,
    except: Option<SessionId>,
) -> QueryResult<Vec<String>> {
    let mut q = sessions::table
        .filter(sessions::conference_id.eq(conference))
        .filter(sessions::track.ne(""))
        .select(sessions::track)
        .distinct()
        .into_boxed();
    if let Some(id) = except {
        q = q.filter(sessions::id.ne(id));
    }
    q.load(conn)
}

/// Sets a session's status; a change bumps its version and iCalendar SEQUENCE (so
/// calendars take the new status) and the conference's agenda version. Returns
/// whether the status changed.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference, id = %id))]
pub fn set_status(
    conn: &mut DbConn,
    conference: ConferenceId,
    id: SessionId,
    status: SessionStatus,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let n = diesel::update(
        sessions::table
            .filter(sessions::id.eq(id))
            .filter(sessions::conference_id.eq(conference))
            .filter(sessions::status.ne(status)),
    )
    .set((
        sessions::status.eq(status),
        sessions::version.eq(sessions::version + 1),
        sessions::sequence.eq(sessions::sequence + 1),
        sessions::updated_at.eq(to_db_time(now)),
    ))
    .execute(conn)?;
    if n == 1 {
        super::conferences::bump_agenda(conn, conference, now)?;
    }
    Ok(n == 1)
}
