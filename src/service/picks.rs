//! Session picks: adding a session to one's picks (or to its waiting list when its
//! places are taken), removing it, and handing a freed place to the next in line.
//! Capacity decisions lock the conference row, as registration does.

use super::mail::send;
use super::{Ctx, Result};
use crate::db::conferences::Conference;
use crate::db::registrations::{self as regs, Registration};
use crate::db::{self, DbConn, users};
use crate::domain::status::EnrollmentStatus;
use crate::domain::{SessionId, capacity, picks};
use crate::email::messages;

#[derive(Debug, PartialEq, Eq)]
pub enum PickOutcome {
    Enrolled,
    Waitlisted,
    AlreadyPicked,
    /// Only confirmed registrants pick sessions.
    NotConfirmed,
    /// Unknown, cancelled, ended or break session.
    NotPickable,
}

pub fn pick(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    reg: &Registration,
    session: SessionId,
) -> Result<PickOutcome> {
    if !picks::may_pick(reg.status) {
        return Ok(PickOutcome::NotConfirmed);
    }
    let Some(s) = db::sessions::by_id(conn, conf.id, session)? else {
        return Ok(PickOutcome::NotPickable);
    };
    if !picks::session_pickable(s.kind, s.cancelled, s.ends_at, ctx.now) {
        return Ok(PickOutcome::NotPickable);
    }
    db::lock_conference(conn, conf.id)?;
    let full = s.capacity.is_some()
        && capacity::places_left(s.capacity, regs::enrolled_count(conn, session)?) == Some(0);
    let status = if full {
        EnrollmentStatus::Waitlisted
    } else {
        EnrollmentStatus::Enrolled
    };
    if !regs::enroll_if_absent(conn, reg.id, session, status, ctx.now)? {
        return Ok(PickOutcome::AlreadyPicked);
    }
    Ok(if full {
        PickOutcome::Waitlisted
    } else {
        PickOutcome::Enrolled
    })
}

pub fn unpick(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    reg: &Registration,
    session: SessionId,
) -> Result<bool> {
    db::lock_conference(conn, conf.id)?;
    match regs::unenroll(conn, reg.id, session)? {
        Some(EnrollmentStatus::Enrolled) => {
            promote_session_waitlist(conn, ctx, conf, session)?;
            Ok(true)
        }
        Some(EnrollmentStatus::Waitlisted) => Ok(true),
        None => Ok(false),
    }
}

/// Gives a freed session seat to the first on that session's waiting list.
pub(super) fn promote_session_waitlist(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    session: SessionId,
) -> Result<()> {
    let Some(s) = db::sessions::by_id(conn, conf.id, session)? else {
        return Ok(());
    };
    if s.capacity.is_none()
        || capacity::places_left(s.capacity, regs::enrolled_count(conn, session)?) == Some(0)
    {
        return Ok(());
    }
    let Some(next) = regs::first_session_waitlisted(conn, session)? else {
        return Ok(());
    };
    regs::set_enrollment_status(conn, next, session, EnrollmentStatus::Enrolled)?;
    if let Some(user) = regs::by_id(conn, next)?
        .and_then(|r| r.user_id)
        .map(|u| users::by_id(conn, u))
        .transpose()?
        .flatten()
    {
        let content = super::mail::compose(conn, &user.email, conf, || {
            messages::session_seat(
                ctx.base_url,
                conf,
                &user.name,
                &s.title,
                s.starts_at,
                s.ends_at,
                user.tz,
            )
        })?;
        send(conn, ctx, conf, &user.email, "session_seat", content, None)?;
    }
    Ok(())
}
