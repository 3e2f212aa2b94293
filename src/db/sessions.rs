//! Conference sessions (agenda items) and the people who moderate or speak in them.
//! The agenda is read with two queries whatever its size: sessions, then all their
//! people joined with users.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{session_people, sessions, users};
pub use super::session_people::{
    Booking, RoleHolder, enrolled_people, of_person, people_of_conference,
};
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::agenda::Timed;
use crate::domain::content::SessionLanguages;
use crate::domain::status::{SessionKind, SessionRole, SessionStatus};
use crate::domain::{ConferenceId, CountryCode, SessionId, UserId};

#[derive(Queryable, Selectable)]
#[diesel(table_name = sessions)]
struct Row {
    id: SessionId,
    conference_id: ConferenceId,
    title: String,
    summary: String,
    kind: SessionKind,
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    track: String,
    capacity: Option<i32>,
    join_url: Option<String>,
    status: SessionStatus,
    sequence: i32,
    version: i32,
    updated_at: NaiveDateTime,
}

#[derive(Clone, Debug)]
pub struct Person {
    pub user_id: UserId,
    pub name: String,
    pub organization: Option<String>,
    pub country: String,
    pub role: SessionRole,
    pub position: i32,
    pub slot_minutes: Option<i32>,
}

#[derive(Clone, Debug)]
pub struct Session {
    pub id: SessionId,
    pub conference_id: ConferenceId,
    pub title: String,
    pub summary: String,
    pub kind: SessionKind,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub track: String,
    pub capacity: Option<i32>,
    pub join_url: Option<String>,
    pub cancelled: bool,
    pub sequence: i32,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
    /// Moderators first, then speakers, each in run-of-show order.
    pub people: Vec<Person>,
    /// Floor and interpretation languages, and the language of the title and
    /// abstract once localised for a reader (`db::content::localize_sessions`).
    pub languages: SessionLanguages,
}

impl Session {
    pub fn moderators(&self) -> impl Iterator<Item = &Person> {
        self.people
            .iter()
            .filter(|p| p.role == SessionRole::Moderator)
    }
    pub fn speakers(&self) -> impl Iterator<Item = &Person> {
        self.people
            .iter()
            .filter(|p| p.role == SessionRole::Speaker)
    }
}

impl Timed for Session {
    fn starts_at(&self) -> DateTime<Utc> {
        self.starts_at
    }
    fn ends_at(&self) -> DateTime<Utc> {
        self.ends_at
    }
}

impl From<Row> for Session {
    fn from(r: Row) -> Self {
        Self {
            id: r.id,
            conference_id: r.conference_id,
            title: r.title,
            summary: r.summary,
            kind: r.kind,
            starts_at: from_db_time(r.starts_at),
            ends_at: from_db_time(r.ends_at),
            track: r.track,
            capacity: r.capacity,
            join_url: r.join_url,
            cancelled: r.status == SessionStatus::Cancelled,
            sequence: r.sequence,
            version: r.version,
            updated_at: from_db_time(r.updated_at),
            people: Vec::new(),
            languages: SessionLanguages::default(),
        }
    }
}

/// A session's person as [`person_columns`] selects it.
#[derive(Queryable)]
struct PersonRow {
    session_id: SessionId,
    user_id: UserId,
    name: String,
    organization: Option<String>,
    country: CountryCode,
    role: SessionRole,
    position: i32,
    slot_minutes: Option<i32>,
}

fn person_columns() -> (
    session_people::session_id,
    users::id,
    users::name,
    users::organization,
    users::country,
    session_people::role,
    session_people::position,
    session_people::slot_minutes,
) {
    (
        session_people::session_id,
        users::id,
        users::name,
        users::organization,
        users::country,
        session_people::role,
        session_people::position,
        session_people::slot_minutes,
    )
}

fn attach_people(sessions_: &mut [Session], rows: Vec<PersonRow>) {
    for r in rows {
        let Some(s) = sessions_.iter_mut().find(|s| s.id == r.session_id) else {
            continue;
        };
        s.people.push(Person {
            user_id: r.user_id,
            name: r.name,
            organization: r.organization,
            country: r.country.alpha2().to_string(),
            role: r.role,
            position: r.position,
            slot_minutes: r.slot_minutes,
        });
    }
    for s in sessions_.iter_mut() {
        s.people
            .sort_by_key(|p| (p.role != SessionRole::Moderator, p.position));
    }
}

/// Every session of a conference with its people, in start order.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn for_conference(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<Session>> {
    let mut list: Vec<Session> = sessions::table
        .filter(sessions::conference_id.eq(conference))
        .order((sessions::starts_at, sessions::track, sessions::id))
        .select(Row::as_select())
        .load(conn)?
        .into_iter()
        .map(Session::from)
        .collect();
    let people: Vec<PersonRow> = session_people::table
        .inner_join(sessions::table)
        .inner_join(users::table)
        .filter(sessions::conference_id.eq(conference))
        .select(person_columns())
        .load(conn)?;
    attach_people(&mut list, people);
    Ok(list)
}

/// One session of a conference (both ids must match) with its people.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference, id = %id))]
pub fn by_id(
    conn: &mut DbConn,
    conference: ConferenceId,
    id: SessionId,
) -> QueryResult<Option<Session>> {
    let Some(row) = sessions::table
        .filter(sessions::id.eq(id))
        .filter(sessions::conference_id.eq(conference))
        .select(Row::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let mut list = vec![Session::from(row)];
    let people: Vec<PersonRow> = session_people::table
        .inner_join(users::table)
        .filter(session_people::session_id.eq(id))
        .select(person_columns())
        .load(conn)?;
    attach_people(&mut list, people);
    Ok(list.pop())
}

pub struct NewSession<'a> {
    pub id: SessionId,
    pub conference_id: ConferenceId,
    pub title: &'a str,
    pub summary: &'a str,
    pub kind: SessionKind,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub track: &'a str,
    pub capacity: Option<i32>,
    pub join_url: Option<&'a str>,
}

/// Adds a session to the agenda and bumps the conference's agenda version.
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &mut DbConn, s: &NewSession<'_>, now: DateTime<Utc>) -> QueryResult<()> {
    let at = to_db_time(now);
    diesel::insert_into(sessions::table)
        .values((
            sessions::id.eq(s.id),
            sessions::conference_id.eq(s.conference_id),
            sessions::title.eq(s.title),
            sessions::summary.eq(s.summary),
            sessions::kind.eq(s.kind),
            sessions::starts_at.eq(to_db_time(s.starts_at)),
            sessions::ends_at.eq(to_db_time(s.ends_at)),
            sessions::track.eq(s.track),
            sessions::capacity.eq(s.capacity),
            sessions::join_url.eq(s.join_url),
            sessions::created_at.eq(at),
            sessions::updated_at.eq(at),
        ))
        .execute(conn)?;
    super::conferences::bump_agenda(conn, s.conference_id, now)
}

/// Bumps the agenda version of the conference `session` belongs to (its people or
/// their order changed), and its `updated_at` when the caller knows the time.
fn bump_agenda_of(
    conn: &mut DbConn,
    session: SessionId,
    now: Option<DateTime<Utc>>,
) -> QueryResult<()> {
    use super::schema::conferences;
    let of_session = conferences::id.eq_any(
        sessions::table
            .filter(sessions::id.eq(session))
            .select(sessions::conference_id),
    );
    let version = conferences::agenda_version.eq(conferences::agenda_version + 1);
    match now {
        Some(now) => diesel::update(conferences::table.filter(of_session))
            .set((version, conferences::updated_at.eq(to_db_time(now))))
            .execute(conn)?,
        None => diesel::update(conferences::table.filter(of_session))
            .set(version)
            .execute(conn)?,
    };
    Ok(())
}

/// Adds a moderator or speaker and bumps the agenda version.
#[tracing::instrument(level = "debug", skip_all, fields(session = %session, user = %user))]
pub fn add_person(
    conn: &mut DbConn,
    session: SessionId,
    user: UserId,
    role: SessionRole,
    position: i32,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(session_people::table)
        .values((
            session_people::session_id.eq(session),
            session_people::user_id.eq(user),
            session_people::role.eq(role),
            session_people::position.eq(position),
            session_people::created_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    bump_agenda_of(conn, session, Some(now))
}

/// The editable fields of a session.
pub struct SessionFields<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    pub kind: SessionKind,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub track: &'a str,
    pub capacity: Option<i32>,
    pub join_url: Option<&'a str>,
}

/// Saves an edit made on version `expected_version`. Returns false (and changes
/// nothing) when someone else saved in between: the caller shows the conflict.
/// A saved edit bumps the session's version and iCalendar SEQUENCE and the
/// conference's agenda version.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference, id = %id))]
pub fn update(
    conn: &mut DbConn,
    conference: ConferenceId,
    id: SessionId,
    expected_version: i32,
    f: &SessionFields<'_>,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let n = diesel::update(
        sessions::table
            .filter(sessions::id.eq(id))
            .filter(sessions::conference_id.eq(conference))
            .filter(sessions::version.eq(expected_version)),
    )
    .set((
        sessions::title.eq(f.title),
        sessions::summary.eq(f.summary),
        sessions::kind.eq(f.kind),
        sessions::starts_at.eq(to_db_time(f.starts_at)),
        sessions::ends_at.eq(to_db_time(f.ends_at)),
        sessions::track.eq(f.track),
        sessions::capacity.eq(f.capacity),
        sessions::join_url.eq(f.join_url),
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

/// Deletes a session (its people and picks go with it) and bumps the agenda version.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference, id = %id))]
pub fn delete(
    conn: &mut DbConn,
    conference: ConferenceId,
    id: SessionId,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let n = diesel::delete(
        sessions::table
            .filter(sessions::id.eq(id))
            .filter(sessions::conference_id.eq(conference)),
    )
    .execute(conn)?;
    if n == 1 {
        super::conferences::bump_agenda(conn, conference, now)?;
    }
    Ok(n == 1)
}

/// Removes a person's role in a session; when there was one, bumps the agenda
/// version (the time of the change is the caller's, see `conferences::bump_agenda`).
#[tracing::instrument(level = "debug", skip_all, fields(session = %session, user = %user))]
pub fn remove_person(
    conn: &mut DbConn,
    session: SessionId,
    user: UserId,
    role: SessionRole,
) -> QueryResult<bool> {
    let n = diesel::delete(
        session_people::table
            .filter(session_people::session_id.eq(session))
            .filter(session_people::user_id.eq(user))
            .filter(session_people::role.eq(role)),
    )
    .execute(conn)?;
    if n == 1 {
        bump_agenda_of(conn, session, None)?;
    }
    Ok(n == 1)
}

// ------------------------------------------------------------------ agenda changes

/// What [`update_times`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimesUpdate {
    /// The session moved; its SEQUENCE, its version and the agenda version went up.
    Moved,
    /// The session already had these times; nothing was written.
    Unchanged,
    /// No such session in that conference.
    NotFound,
}

/// The moment the agenda of a conference last changed as far as its sessions tell:
/// the latest `updated_at` of its sessions (`None` without sessions). Cheap enough to
/// answer a conditional request before loading the agenda.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn last_updated(
    conn: &mut DbConn,
    conference: ConferenceId,
) -> QueryResult<Option<DateTime<Utc>>> {
    sessions::table
        .filter(sessions::conference_id.eq(conference))
        .select(diesel::dsl::max(sessions::updated_at))
        .first::<Option<NaiveDateTime>>(conn)
        .map(|t| t.map(from_db_time))
}

/// Moves a session to new times (UTC; `ends_at` after `starts_at`, which the schema
/// CHECKs too). A new start or end is a significant revision in RFC 5545 terms, so
/// the session's `sequence` goes up (calendar clients replace the event), with its
/// `version`, and the conference's `agenda_version` (schedule exports announce a new
/// version): all in one transaction (a savepoint inside the caller's), so no export
/// ever shows the new times under the old version. Setting the times a session already
/// has writes nothing.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference, session = %session))]
pub fn update_times(
    conn: &mut DbConn,
    conference: ConferenceId,
    session: SessionId,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> QueryResult<TimesUpdate> {
    conn.transaction(|conn| {
        let (start, end) = (to_db_time(starts_at), to_db_time(ends_at));
        let current: Option<(NaiveDateTime, NaiveDateTime)> = sessions::table
            .filter(sessions::id.eq(session))
            .filter(sessions::conference_id.eq(conference))
            .select((sessions::starts_at, sessions::ends_at))
            .first(conn)
            .optional()?;
        match current {
            None => return Ok(TimesUpdate::NotFound),
            Some(times) if times == (start, end) => return Ok(TimesUpdate::Unchanged),
            Some(_) => {}
        }
        diesel::update(
            sessions::table
                .filter(sessions::id.eq(session))
                .filter(sessions::conference_id.eq(conference)),
        )
        .set((
            sessions::starts_at.eq(start),
            sessions::ends_at.eq(end),
            sessions::sequence.eq(sessions::sequence + 1),
            sessions::version.eq(sessions::version + 1),
            sessions::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
        super::conferences::bump_agenda(conn, conference, now)?;
        Ok(TimesUpdate::Moved)
    })
}

/// A session someone moderates or speaks in, with what the "My sessions" page needs
/// of its conference.
#[derive(Clone, Debug)]
pub struct Hosted {
    pub conference_slug: String,
    pub conference_title: String,
    pub speakers_see_roster: bool,
    pub video_platform: crate::domain::video::Platform,
    pub session: Session,
    /// The person's roles in it (a moderator may also speak).
    pub roles: Vec<SessionRole>,
}

/// Every session, across conferences, where `user` moderates or speaks, in start
/// order, with its people. Two queries whatever the number of sessions.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn hosted_by(conn: &mut DbConn, user: UserId) -> QueryResult<Vec<Hosted>> {
    use super::schema::conferences;
    let rows: Vec<(
        Row,
        SessionRole,
        String,
        String,
        bool,
        crate::domain::video::Platform,
    )> = session_people::table
        .inner_join(sessions::table.inner_join(conferences::table))
        .filter(session_people::user_id.eq(user))
        .order((sessions::starts_at, sessions::id))
        .select((
            Row::as_select(),
            session_people::role,
            conferences::slug,
            conferences::title,
            conferences::speakers_see_roster,
            conferences::video_platform,
        ))
        .load(conn)?;
    let mut list: Vec<Hosted> = Vec::new();
    for (row, role, slug, title, speakers_see_roster, video_platform) in rows {
        match list.last_mut() {
            Some(h) if h.session.id == row.id => h.roles.push(role),
            _ => list.push(Hosted {
                conference_slug: slug,
                conference_title: title,
                speakers_see_roster,
                video_platform,
                session: Session::from(row),
                roles: vec![role],
            }),
        }
    }
    let ids: Vec<SessionId> = list.iter().map(|h| h.session.id).collect();
    let people: Vec<PersonRow> = session_people::table
        .inner_join(users::table)
        .filter(session_people::session_id.eq_any(&ids))
        .select(person_columns())
        .load(conn)?;
    let mut sessions_: Vec<Session> = list.iter().map(|h| h.session.clone()).collect();
    attach_people(&mut sessions_, people);
    for (h, s) in list.iter_mut().zip(sessions_) {
        h.session = s;
    }
    Ok(list)
}

/// One speaker's place in the run of show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub speaker: UserId,
    pub position: i32,
    pub slot_minutes: Option<i32>,
}

/// Stores the speakers' order and speaking slots (moderators keep theirs) and bumps
/// the agenda version. The caller validated the slots as a whole (a permutation of
/// 1..n).
#[tracing::instrument(level = "debug", skip_all, fields(session = %session))]
pub fn set_run_of_show(conn: &mut DbConn, session: SessionId, slots: &[Slot]) -> QueryResult<()> {
    for s in slots {
        diesel::update(
            session_people::table
                .filter(session_people::session_id.eq(session))
                .filter(session_people::user_id.eq(s.speaker))
                .filter(session_people::role.eq(SessionRole::Speaker)),
        )
        .set((
            session_people::position.eq(s.position),
            session_people::slot_minutes.eq(s.slot_minutes),
        ))
        .execute(conn)?;
    }
    bump_agenda_of(conn, session, None)
}
