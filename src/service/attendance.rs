//! Joining a session's meeting: the `/join` use case, which decides with the one
//! join rule ([`crate::domain::join`]) inside the write transaction and, when the
//! link is open, records the attendance before the person is sent on. Also the
//! adapters that put a stored session into that rule, for every page that shows a
//! join link (My conference, the personal feed, the moderators' pages).

use chrono::{DateTime, Duration, Utc};

use super::{Ctx, Result};
use crate::db::conferences::Conference;
use crate::db::registrations as regs;
use crate::db::sessions::Session;
use crate::db::{self, DbConn};
use crate::domain::join::{self, JoinAccess, SessionFacts, Viewer};
use crate::domain::status::{EnrollmentStatus, RegistrationStatus, SessionRole};
use crate::domain::{SessionId, UserId};

impl From<&Session> for SessionFacts {
    fn from(s: &Session) -> Self {
        SessionFacts {
            starts_at: s.starts_at,
            ends_at: s.ends_at,
            cancelled: s.cancelled,
            has_link: s.join_url.is_some(),
            limited: s.capacity.is_some(),
        }
    }
}

/// How long before the start attendees of `conf` get the link.
pub fn attendee_lead(conf: &Conference) -> Duration {
    Duration::minutes(i64::from(conf.join_lead_minutes))
}

/// The join rule for an attendee with this registration status and pick.
pub fn attendee_access(
    conf: &Conference,
    session: &Session,
    registration: Option<RegistrationStatus>,
    pick: Option<EnrollmentStatus>,
    now: DateTime<Utc>,
) -> JoinAccess {
    join::join_access(
        Viewer::Attendee { registration, pick },
        session.into(),
        attendee_lead(conf),
        now,
    )
}

/// The join rule for a viewer of the moderators' pages with these roles on stage.
pub fn host_access(session: &Session, roles: &[SessionRole], now: DateTime<Utc>) -> JoinAccess {
    // The attendees' lead plays no part for hosts.
    join::join_access(
        Viewer::Host { roles },
        session.into(),
        Duration::zero(),
        now,
    )
}

/// What `/join` does.
#[derive(Debug, PartialEq, Eq)]
pub enum SessionJoin {
    /// Attendance is recorded: send the person to this meeting URL.
    Go(String),
    /// Not now or not for them (never `JoinAccess::Open`).
    Refused(JoinAccess),
    /// The link is open to them, but they had not picked the session: joining would
    /// add it to their picks, which takes a click (a link from elsewhere must not).
    NotPicked { title: String },
    /// No such session in the conference.
    UnknownSession,
}

/// Lets `user` into the session's meeting if the join rule allows it now, recording
/// their attendance. A session they had not picked is added to their picks only
/// when `pick` says they asked for it (the "Pick and join" button); otherwise the
/// answer is [`SessionJoin::NotPicked`] and nothing is written.
pub fn join_session(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    user: UserId,
    session_id: SessionId,
    pick_first: bool,
) -> Result<SessionJoin> {
    let Some(session) = db::sessions::by_id(conn, conf.id, session_id)? else {
        return Ok(SessionJoin::UnknownSession);
    };
    let registration = regs::for_user(conn, conf.id, user)?;
    let pick = match &registration {
        Some(r) => regs::picks(conn, r.id)?
            .into_iter()
            .find(|p| p.session_id == session_id)
            .map(|p| p.status),
        None => None,
    };
    let access = attendee_access(
        conf,
        &session,
        registration.as_ref().map(|r| r.status),
        pick,
        ctx.now,
    );
    let (JoinAccess::Open, Some(registration), Some(url)) =
        (access, registration, session.join_url)
    else {
        return Ok(SessionJoin::Refused(access));
    };
    if pick.is_none() && !pick_first {
        return Ok(SessionJoin::NotPicked {
            title: session.title,
        });
    }
    if regs::enroll_if_absent(
        conn,
        registration.id,
        session_id,
        EnrollmentStatus::Enrolled,
        ctx.now,
    )? {
        tracing::debug!("picked on joining");
    }
    regs::record_attendance(conn, registration.id, session_id, ctx.now)?;
    Ok(SessionJoin::Go(url))
}
