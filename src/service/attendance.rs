//! Joining a session's meeting: the `/join` use case, which decides with the one
//! join rule ([`crate::domain::join`]) inside the write transaction and, when the
//! link is open, records the attendance before the person is sent on. Hosts (the
//! conference's organizers, the session's moderators and speakers) use the same
//! route with their own window. Also the adapters that put a stored session into
//! that rule, for every page that shows a join link (My conference, the personal
//! feed, the moderators' pages).

use chrono::{DateTime, Duration, Utc};

use super::{Ctx, Result, video};
use crate::db::conferences::Conference;
use crate::db::registrations as regs;
use crate::db::sessions::Session;
use crate::db::users::User;
use crate::db::{self, DbConn};
use crate::domain::SessionId;
use crate::domain::join::{self, JoinAccess, SessionFacts, Viewer};
use crate::domain::standing::Standing;
use crate::domain::status::{EnrollmentStatus, RegistrationStatus, SessionRole};
use crate::domain::video::{MeetingRole, Platform, has_door};

/// The session as the join rule sees it, on the conference's platform.
pub fn facts(platform: Platform, s: &Session) -> SessionFacts {
    SessionFacts {
        starts_at: s.starts_at,
        ends_at: s.ends_at,
        cancelled: s.cancelled,
        has_link: has_door(platform, s.join_url.is_some()),
        limited: s.capacity.is_some(),
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
        facts(conf.video_platform, session),
        attendee_lead(conf),
        now,
    )
}

/// The join rule for a viewer of the moderators' pages with these roles on stage,
/// on a conference using `platform`.
pub fn host_access(
    platform: Platform,
    session: &Session,
    roles: &[SessionRole],
    now: DateTime<Utc>,
) -> JoinAccess {
    // The attendees' lead plays no part for hosts.
    join::join_access(
        Viewer::Host { roles },
        facts(platform, session),
        Duration::zero(),
        now,
    )
}

/// What `/join` does.
#[derive(Debug)]
pub enum SessionJoin {
    /// Attendance is recorded: send the person to this static meeting URL.
    Go(String),
    /// Send the person into the platform's meeting, minted for them now.
    Enter(video::Ticket),
    /// The audience is over the meeting's cap: the person watches the stream.
    Stream { title: String, stream_url: String },
    /// Not now or not for them (never `JoinAccess::Open`).
    Refused(JoinAccess),
    /// The link is open to them, but they had not picked the session: joining would
    /// add it to their picks, which takes a click (a link from elsewhere must not).
    NotPicked { title: String },
    /// No such session in the conference.
    UnknownSession,
}

/// Lets `user` into the session's meeting if the join rule allows it now. Hosts
/// (organizers, moderators, speakers) pass with the hosts' window and, on a
/// platform, enter as moderators (recorded in the audit log); attendees need a
/// confirmed registration, and their attendance is recorded. A session an attendee
/// had not picked is added to their picks only when `pick_first` says they asked
/// for it (the "Pick and join" button); otherwise the answer is
/// [`SessionJoin::NotPicked`] and nothing is written.
pub fn join_session(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    user: &User,
    session_id: SessionId,
    pick_first: bool,
) -> Result<SessionJoin> {
    let Some(session) = db::sessions::by_id(conn, conf.id, session_id)? else {
        return Ok(SessionJoin::UnknownSession);
    };
    let platform = conf.video_platform;
    let organizer = user.is_admin || db::roles::is_organizer(conn, conf.id, user.id)?;
    let roles = db::roles::session_roles(conn, conf.id, session_id, user.id)?;
    // On a platform, an organizer enters any session as a host; with a static link,
    // hosts' links are for the people on stage (as on the moderators' pages).
    let host_roles: &[SessionRole] = match (platform, roles.is_empty() && organizer) {
        (Platform::Bbb | Platform::Jitsi, true) => &[SessionRole::Moderator],
        _ => &roles,
    };
    if !host_roles.is_empty() {
        let access = host_access(platform, &session, host_roles, ctx.now);
        if access != JoinAccess::Open {
            return Ok(SessionJoin::Refused(access));
        }
        let standing = Standing::of(organizer, &roles);
        return match platform {
            Platform::Bbb | Platform::Jitsi => {
                let role = MeetingRole::of(standing);
                video::record_host_join(conn, ctx, conf, &session, user.id, role, standing)?;
                Ok(SessionJoin::Enter(video::ticket(
                    conn, ctx, conf, &session, user, role,
                )?))
            }
            _ => Ok(session.join_url.map_or(
                SessionJoin::Refused(JoinAccess::NotAllowed(join::Refusal::NoLink)),
                SessionJoin::Go,
            )),
        };
    }
    let registration = regs::for_user(conn, conf.id, user.id)?;
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
    let (JoinAccess::Open, Some(registration)) = (access, registration) else {
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
    match platform {
        Platform::Bbb | Platform::Jitsi => {
            let options = db::video::session_video(conn, session_id)?;
            if let Some(stream_url) = options.stream_url.clone() {
                let audience = db::video::confirmed_audience(conn, session_id)?;
                if crate::domain::video::send_to_stream(
                    MeetingRole::Viewer,
                    true,
                    audience,
                    options.audience_cap,
                ) {
                    return Ok(SessionJoin::Stream {
                        title: session.title,
                        stream_url,
                    });
                }
            }
            Ok(SessionJoin::Enter(video::ticket(
                conn,
                ctx,
                conf,
                &session,
                user,
                MeetingRole::Viewer,
            )?))
        }
        _ => Ok(session.join_url.map_or(
            SessionJoin::Refused(JoinAccess::NotAllowed(join::Refusal::NoLink)),
            SessionJoin::Go,
        )),
    }
}
