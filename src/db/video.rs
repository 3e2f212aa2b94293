//! Video platforms: a conference's connection details (secrets included, read only
//! where a join URL is signed), each session's video options, and the presence the
//! platform reports back (one row per stay; the key absorbs repeated callbacks).

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Nullable, Text, Timestamp};

use super::schema::{conferences, session_video, video_presence, video_settings};
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::secret::Secret;
use crate::domain::video::bbb::ChecksumAlgorithm;
use crate::domain::video::{DEFAULT_AUDIENCE_CAP, Platform, minutes_present};
use crate::domain::{ConferenceId, SessionId, UserId};

/// A conference's platform connection. Secrets stay in [`Secret`]s.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub bbb_url: Option<String>,
    pub bbb_secret: Option<Secret>,
    pub bbb_checksum: Option<ChecksumAlgorithm>,
    pub jitsi_domain: Option<String>,
    pub jitsi_app_id: Option<String>,
    pub jitsi_secret: Option<Secret>,
}

impl Settings {
    pub fn checksum(&self) -> ChecksumAlgorithm {
        self.bbb_checksum.unwrap_or(ChecksumAlgorithm::Sha256)
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = video_settings)]
struct SettingsRow {
    bbb_url: Option<String>,
    bbb_secret: Option<String>,
    bbb_checksum: ChecksumAlgorithm,
    jitsi_domain: Option<String>,
    jitsi_app_id: Option<String>,
    jitsi_secret: Option<String>,
}

/// The conference's connection details (all empty when never saved).
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn settings(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Settings> {
    let row = video_settings::table
        .find(conference)
        .select(SettingsRow::as_select())
        .first(conn)
        .optional()?;
    Ok(row.map_or_else(Settings::default, |r| Settings {
        bbb_url: r.bbb_url,
        bbb_secret: r.bbb_secret.map(Secret::new),
        bbb_checksum: Some(r.bbb_checksum),
        jitsi_domain: r.jitsi_domain,
        jitsi_app_id: r.jitsi_app_id,
        jitsi_secret: r.jitsi_secret.map(Secret::new),
    }))
}

/// Saves the platform and its details. A secret given as `None` keeps the stored
/// one (the form never shows it, so an empty field means "unchanged").
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn save_settings(
    conn: &mut DbConn,
    conference: ConferenceId,
    platform: Platform,
    s: &Settings,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(conferences::table.find(conference))
        .set(conferences::video_platform.eq(platform))
        .execute(conn)?;
    let old = settings(conn, conference)?;
    let keep = |new: &Option<Secret>, old: &Option<Secret>| {
        new.as_ref()
            .or(old.as_ref())
            .map(|s| s.expose().to_string())
    };
    let row = (
        video_settings::bbb_url.eq(s.bbb_url.clone()),
        video_settings::bbb_secret.eq(keep(&s.bbb_secret, &old.bbb_secret)),
        video_settings::bbb_checksum.eq(s.checksum()),
        video_settings::jitsi_domain.eq(s.jitsi_domain.clone()),
        video_settings::jitsi_app_id.eq(s.jitsi_app_id.clone()),
        video_settings::jitsi_secret.eq(keep(&s.jitsi_secret, &old.jitsi_secret)),
        video_settings::updated_at.eq(to_db_time(now)),
    );
    let n = diesel::update(video_settings::table.find(conference))
        .set(row.clone())
        .execute(conn)?;
    if n == 0 {
        diesel::insert_into(video_settings::table)
            .values((video_settings::conference_id.eq(conference), row))
            .execute(conn)?;
    }
    Ok(())
}

/// A session's video options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionVideo {
    pub record: bool,
    pub stream_url: Option<String>,
    pub audience_cap: i32,
}

impl Default for SessionVideo {
    fn default() -> Self {
        Self {
            record: false,
            stream_url: None,
            audience_cap: DEFAULT_AUDIENCE_CAP,
        }
    }
}

#[tracing::instrument(level = "debug", skip_all, fields(session = %session))]
pub fn session_video(conn: &mut DbConn, session: SessionId) -> QueryResult<SessionVideo> {
    let row: Option<(bool, Option<String>, i32)> = session_video::table
        .find(session)
        .select((
            session_video::record,
            session_video::stream_url,
            session_video::audience_cap,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map_or_else(
        SessionVideo::default,
        |(record, stream_url, audience_cap)| SessionVideo {
            record,
            stream_url,
            audience_cap,
        },
    ))
}

#[tracing::instrument(level = "debug", skip_all, fields(session = %session))]
pub fn save_session_video(
    conn: &mut DbConn,
    session: SessionId,
    v: &SessionVideo,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let row = (
        session_video::record.eq(v.record),
        session_video::stream_url.eq(v.stream_url.clone()),
        session_video::audience_cap.eq(v.audience_cap),
        session_video::updated_at.eq(to_db_time(now)),
    );
    let n = diesel::update(session_video::table.find(session))
        .set(row.clone())
        .execute(conn)?;
    if n == 0 {
        diesel::insert_into(session_video::table)
            .values((session_video::session_id.eq(session), row))
            .execute(conn)?;
    }
    Ok(())
}

/// Records one stay reported by the platform; a stay already known (same person,
/// same join time) is kept, and only gains its leave time if it had none. Returns
/// whether anything changed.
#[tracing::instrument(level = "debug", skip_all, fields(session = %session, user = %user))]
pub fn record_stay(
    conn: &mut DbConn,
    session: SessionId,
    user: UserId,
    joined_at: DateTime<Utc>,
    left_at: Option<DateTime<Utc>>,
) -> QueryResult<bool> {
    let inserted = diesel::sql_query(
        "INSERT INTO video_presence (session_id, user_id, joined_at, left_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
    )
    .bind::<Text, _>(session)
    .bind::<Text, _>(user)
    .bind::<Timestamp, _>(to_db_time(joined_at))
    .bind::<Nullable<Timestamp>, _>(left_at.map(to_db_time))
    .execute(conn)?;
    if inserted == 1 {
        return Ok(true);
    }
    let Some(left_at) = left_at else {
        return Ok(false);
    };
    let closed = diesel::update(
        video_presence::table
            .filter(video_presence::session_id.eq(session))
            .filter(video_presence::user_id.eq(user))
            .filter(video_presence::joined_at.eq(to_db_time(joined_at)))
            .filter(video_presence::left_at.is_null()),
    )
    .set(video_presence::left_at.eq(to_db_time(left_at)))
    .execute(conn)?;
    Ok(closed == 1)
}

/// The meeting ended at `at`: stays still open end then.
#[tracing::instrument(level = "debug", skip_all, fields(session = %session))]
pub fn close_open_stays(
    conn: &mut DbConn,
    session: SessionId,
    at: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(
        video_presence::table
            .filter(video_presence::session_id.eq(session))
            .filter(video_presence::left_at.is_null()),
    )
    .set(video_presence::left_at.eq(to_db_time(at)))
    .execute(conn)
}

/// One stay in a meeting.
pub type Stay = (DateTime<Utc>, Option<DateTime<Utc>>);

/// Every stay in the sessions given, per (session, user).
#[tracing::instrument(level = "debug", skip_all)]
pub fn stays(
    conn: &mut DbConn,
    sessions: &[SessionId],
) -> QueryResult<Vec<(SessionId, UserId, Stay)>> {
    let rows: Vec<(SessionId, UserId, NaiveDateTime, Option<NaiveDateTime>)> =
        video_presence::table
            .filter(video_presence::session_id.eq_any(sessions))
            .select((
                video_presence::session_id,
                video_presence::user_id,
                video_presence::joined_at,
                video_presence::left_at,
            ))
            .order((video_presence::user_id, video_presence::joined_at))
            .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(s, u, j, l)| (s, u, (from_db_time(j), l.map(from_db_time))))
        .collect())
}

/// Confirmed registrants who picked the session: the meeting's expected audience.
#[tracing::instrument(level = "debug", skip_all, fields(session = %session))]
pub fn confirmed_audience(conn: &mut DbConn, session: SessionId) -> QueryResult<i64> {
    use super::schema::{enrollments, registrations};
    use crate::domain::status::{EnrollmentStatus, RegistrationStatus};
    enrollments::table
        .inner_join(registrations::table)
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::status.eq(EnrollmentStatus::Enrolled))
        .filter(registrations::status.eq(RegistrationStatus::Confirmed))
        .count()
        .get_result(conn)
}

/// The conference a session belongs to (for callbacks, which name only the session).
#[tracing::instrument(level = "debug", skip_all, fields(session = %session))]
pub fn conference_of(conn: &mut DbConn, session: SessionId) -> QueryResult<Option<ConferenceId>> {
    use super::schema::sessions;
    sessions::table
        .find(session)
        .select(sessions::conference_id)
        .first(conn)
        .optional()
}

/// Which of these ids are users (a platform may report guests Plenary never knew).
#[tracing::instrument(level = "debug", skip_all)]
pub fn known_users(conn: &mut DbConn, ids: &[UserId]) -> QueryResult<Vec<UserId>> {
    use super::schema::users;
    users::table
        .filter(users::id.eq_any(ids))
        .select(users::id)
        .load(conn)
}

/// Minutes each person was present in each of `sessions` by the platform's word,
/// counting open stays until the session's end (or `now`, if earlier).
#[tracing::instrument(level = "debug", skip_all)]
pub fn minutes_by_person(
    conn: &mut DbConn,
    sessions: &[(SessionId, DateTime<Utc>)],
    now: DateTime<Utc>,
) -> QueryResult<Vec<(SessionId, UserId, i64)>> {
    let ids: Vec<SessionId> = sessions.iter().map(|s| s.0).collect();
    let rows = stays(conn, &ids)?;
    let mut out: Vec<(SessionId, UserId, i64)> = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let (s, u) = (rows[i].0, rows[i].1);
        let group: Vec<_> = rows[i..]
            .iter()
            .take_while(|r| r.0 == s && r.1 == u)
            .map(|r| r.2)
            .collect();
        i += group.len();
        let until = sessions
            .iter()
            .find(|x| x.0 == s)
            .map_or(now, |x| x.1.min(now));
        out.push((s, u, minutes_present(&group, until)));
    }
    Ok(out)
}

/// Minutes present per person across all of a conference's sessions, by email (the
/// registrations CSV) and by country of registration (the statistics).
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn minutes_in_conference(
    conn: &mut DbConn,
    conference: ConferenceId,
    now: DateTime<Utc>,
) -> QueryResult<Vec<(UserId, String, i64)>> {
    use super::schema::{sessions, users};
    let sessions: Vec<(SessionId, NaiveDateTime)> = sessions::table
        .filter(sessions::conference_id.eq(conference))
        .select((sessions::id, sessions::ends_at))
        .load(conn)?;
    let sessions: Vec<(SessionId, DateTime<Utc>)> = sessions
        .into_iter()
        .map(|(s, e)| (s, from_db_time(e)))
        .collect();
    let per_session = minutes_by_person(conn, &sessions, now)?;
    let mut totals: Vec<(UserId, i64)> = Vec::new();
    for (_, user, m) in per_session {
        match totals.iter_mut().find(|t| t.0 == user) {
            Some(t) => t.1 += m,
            None => totals.push((user, m)),
        }
    }
    let ids: Vec<UserId> = totals.iter().map(|t| t.0).collect();
    let emails: Vec<(UserId, String)> = users::table
        .filter(users::id.eq_any(&ids))
        .select((users::id, users::email))
        .load(conn)?;
    Ok(totals
        .into_iter()
        .filter_map(|(u, m)| {
            let email = emails.iter().find(|e| e.0 == u)?.1.clone();
            Some((u, email, m))
        })
        .collect())
}

/// People the platform saw in at least one of the conference's meetings, per country
/// of their registration, largest first: (alpha-2, people).
#[derive(diesel::QueryableByName, Debug, Clone, PartialEq, Eq)]
pub struct CountryPresence {
    #[diesel(sql_type = Text)]
    pub country: String,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub people: i64,
}

#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn present_by_country(
    conn: &mut DbConn,
    conference: ConferenceId,
) -> QueryResult<Vec<CountryPresence>> {
    diesel::sql_query(
        // From the conference's sessions to their presences to each person's
        // registration (CROSS JOIN keeps SQLite in that order): the work follows
        // the presences, not the conference's registrations.
        "SELECT r.country AS country, COUNT(DISTINCT p.user_id) AS people \
         FROM sessions s CROSS JOIN video_presence p CROSS JOIN registrations r \
         WHERE p.session_id = s.id AND r.user_id = p.user_id \
         AND r.conference_id = s.conference_id AND s.conference_id = $1 \
         GROUP BY r.country ORDER BY 2 DESC, 1",
    )
    .bind::<Text, _>(conference)
    .load(conn)
}
