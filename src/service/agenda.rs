//! Agenda edits: creating, updating (with a version check and the double-booking
//! rule), duplicating and deleting sessions. Each runs in the caller's write
//! transaction, bumps the agenda version the public caches key on, writes its audit
//! record and mails the attendees who picked a session about a new time or a removal.

use chrono::{DateTime, Utc};

use super::{Ctx, Error, Result};
use crate::db::audit::{self, Entry};
use crate::db::conferences::Conference;
use crate::db::sessions::{NewSession, Session, SessionFields};
use crate::db::{self, DbConn};
use crate::domain::l10n::{Arg, tr_with};
use crate::domain::status::{SessionKind, SessionStatus};
use crate::domain::{ConferenceId, Email, SessionId, UserId};
use crate::domain::{agenda, rooms, timefmt};
use crate::email::{Attachment, messages, outbox};
use crate::export::ical;

/// A session as the organizer entered it, parsed and checked.
pub struct SessionInput {
    pub title: String,
    pub kind: SessionKind,
    pub summary: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub track: String,
    pub capacity: Option<i32>,
    pub join_url: Option<String>,
}

impl SessionInput {
    fn fields(&self) -> SessionFields<'_> {
        SessionFields {
            title: &self.title,
            summary: &self.summary,
            kind: self.kind,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            track: &self.track,
            capacity: self.capacity,
            join_url: self.join_url.as_deref(),
        }
    }
}

/// A session was saved; the organizer is warned about track overlaps.
#[derive(Debug)]
pub struct Saved {
    pub id: SessionId,
    /// "it overlaps with “…” in the same track", one per overlapping session.
    pub warnings: Vec<String>,
    /// How many attendees are told about a new time.
    pub notified: usize,
}

/// Titles of other sessions in the same track that overlap `s`.
pub fn track_overlaps(s: &Session, all: &[Session]) -> Vec<String> {
    all.iter()
        .filter(|o| {
            o.id != s.id
                && !s.track.is_empty()
                && rooms::same_room(&o.track, &s.track)
                && !o.cancelled
                && agenda::overlaps(*o, s)
        })
        .map(|o| o.title.clone())
        .collect()
}

/// The audit line of a session's fields.
fn summary_of(f: &SessionFields<'_>) -> String {
    format!(
        "{} · {} · {} – {} UTC · track: {} · capacity: {}",
        f.title,
        f.kind.as_str(),
        timefmt::iso_date_clock(&f.starts_at),
        timefmt::clock(&f.ends_at),
        if f.track.is_empty() { "—" } else { f.track },
        f.capacity
            .map(|c| c.to_string())
            .unwrap_or_else(|| "none".into())
    )
}

fn fields_of(s: &Session) -> SessionFields<'_> {
    SessionFields {
        title: &s.title,
        summary: &s.summary,
        kind: s.kind,
        starts_at: s.starts_at,
        ends_at: s.ends_at,
        track: &s.track,
        capacity: s.capacity,
        join_url: s.join_url.as_deref(),
    }
}

fn overlap_warnings(
    c: &mut DbConn,
    conference: ConferenceId,
    id: SessionId,
) -> Result<Vec<String>> {
    let all = db::sessions::for_conference(c, conference)?;
    Ok(all
        .iter()
        .find(|s| s.id == id)
        .map(|s| {
            track_overlaps(s, &all)
                .into_iter()
                .map(|t| tr_with("orgb-warn-overlap", &[("title", Arg::Text(&t))]))
                .collect()
        })
        .unwrap_or_default())
}

/// People of `session` who would be in two places at once at the new times.
///
/// The organizers of this conference see the titles of its own sessions only: a
/// clash with another conference's session says that the person has another
/// commitment, never which (its title may be unpublished, and is not theirs to
/// know). The person still cannot be double-booked, so the check itself stays.
fn double_bookings(
    c: &mut DbConn,
    session: &Session,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
) -> Result<Vec<String>> {
    let mut clashes = Vec::new();
    let mut seen = Vec::new();
    for p in &session.people {
        if seen.contains(&p.user_id) {
            continue;
        }
        seen.push(p.user_id);
        let mut elsewhere = false;
        for b in db::sessions::of_person(c, p.user_id)? {
            if b.session == session.id || b.starts_at >= ends_at || starts_at >= b.ends_at {
                continue;
            }
            if b.conference == session.conference_id {
                clashes.push(tr_with(
                    "annl-clash-person-in",
                    &[("name", Arg::Text(&p.name)), ("title", Arg::Text(&b.title))],
                ));
            } else {
                elsewhere = true;
            }
        }
        if elsewhere {
            clashes.push(tr_with(
                "annl-clash-elsewhere",
                &[("name", Arg::Text(&p.name))],
            ));
        }
    }
    Ok(clashes)
}

fn insert(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    conference: ConferenceId,
    id: SessionId,
    f: &SessionFields<'_>,
) -> Result<()> {
    db::sessions::insert(
        c,
        &NewSession {
            id,
            conference_id: conference,
            title: f.title,
            summary: f.summary,
            kind: f.kind,
            starts_at: f.starts_at,
            ends_at: f.ends_at,
            track: f.track,
            capacity: f.capacity,
            join_url: f.join_url,
        },
        ctx.now,
    )?;
    Ok(())
}

fn record(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    conference: ConferenceId,
    actor: UserId,
    action: &'static str,
    subject: &str,
    change: (Option<&str>, Option<&str>),
) -> Result<()> {
    audit::record(
        c,
        &Entry {
            conference: Some(conference),
            actor: Some(actor),
            action,
            subject,
            before: change.0,
            after: change.1,
        },
        ctx.now,
    )?;
    Ok(())
}

/// The room name to store: `typed` normalised, in the spelling of an existing room of
/// the conference (other than `except`'s own) that matches it apart from case.
fn room_of(
    c: &mut DbConn,
    conference: ConferenceId,
    except: Option<SessionId>,
    typed: &str,
) -> Result<String> {
    let existing = db::session_status::room_names(c, conference, except)?;
    Ok(rooms::canonical(typed, existing.iter().map(String::as_str)))
}

/// Adds a session to the agenda.
pub fn create_session(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    conference: ConferenceId,
    actor: UserId,
    input: &SessionInput,
) -> Result<Saved> {
    let id = SessionId::new();
    let track = room_of(c, conference, None, &input.track)?;
    let fields = SessionFields {
        track: &track,
        ..input.fields()
    };
    insert(c, ctx, conference, id, &fields)?;
    let after = summary_of(&fields);
    let change = (None, Some(after.as_str()));
    record(
        c,
        ctx,
        conference,
        actor,
        "session.create",
        &input.title,
        change,
    )?;
    Ok(Saved {
        id,
        warnings: overlap_warnings(c, conference, id)?,
        notified: 0,
    })
}

/// Saves an edit made on the form loaded at `expected_version`. Refuses with
/// [`Error::StaleSession`] when someone saved in between and with
/// [`Error::DoubleBooked`] when the new times clash for its people; when the time
/// moved and `notify` is set, mails everyone who picked the session.
#[allow(clippy::too_many_arguments)]
pub fn update_session(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    actor: UserId,
    id: SessionId,
    expected_version: i32,
    notify: bool,
    input: &SessionInput,
) -> Result<Saved> {
    let before = db::sessions::by_id(c, conf.id, id)?.ok_or(Error::NotFound)?;
    if before.version != expected_version {
        return Err(Error::StaleSession(Box::new(before)));
    }
    let clashes = double_bookings(c, &before, input.starts_at, input.ends_at)?;
    if !clashes.is_empty() {
        return Err(Error::DoubleBooked(clashes));
    }
    let track = room_of(c, conf.id, Some(id), &input.track)?;
    let fields = SessionFields {
        track: &track,
        ..input.fields()
    };
    if !db::sessions::update(c, conf.id, id, expected_version, &fields, ctx.now)? {
        let latest = db::sessions::by_id(c, conf.id, id)?.ok_or(Error::NotFound)?;
        return Err(Error::StaleSession(Box::new(latest)));
    }
    let (was, now) = (summary_of(&fields_of(&before)), summary_of(&fields));
    let change = (Some(was.as_str()), Some(now.as_str()));
    record(
        c,
        ctx,
        conf.id,
        actor,
        "session.update",
        &input.title,
        change,
    )?;
    let moved = before.starts_at != input.starts_at || before.ends_at != input.ends_at;
    let mut notified = 0;
    if moved && notify {
        for (email, name, zone) in db::sessions::enrolled_people(c, id)? {
            let tz = zone.tz();
            let to = Email::from_db(email);
            let theirs = super::mail::conference_for(c, &to, conf)?;
            let title = super::mail::session_title_for(c, &to, conf, id, &input.title)?;
            let content = super::mail::compose(c, &to, conf, || {
                messages::session_moved(
                    ctx.base_url,
                    &theirs,
                    &name,
                    &title,
                    input.starts_at,
                    input.ends_at,
                    tz,
                )
            })?;
            let mail = content.render(&to, "session_moved", None)?;
            outbox::enqueue(c, &mail, Some(conf.id), ctx.now)?;
            notified += 1;
        }
    }
    Ok(Saved {
        id,
        warnings: overlap_warnings(c, conf.id, id)?,
        notified,
    })
}

/// Copies a session (without its people) as "… (copy)"; returns the copy's id.
pub fn duplicate_session(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    conference: ConferenceId,
    actor: UserId,
    id: SessionId,
) -> Result<SessionId> {
    let s = db::sessions::by_id(c, conference, id)?.ok_or(Error::NotFound)?;
    let copy = SessionId::new();
    let title = format!("{} (copy)", s.title);
    let fields = SessionFields {
        title: &title,
        ..fields_of(&s)
    };
    insert(c, ctx, conference, copy, &fields)?;
    let change = (Some(s.title.as_str()), Some(title.as_str()));
    record(
        c,
        ctx,
        conference,
        actor,
        "session.duplicate",
        &title,
        change,
    )?;
    Ok(copy)
}

/// Deletes a session and tells everyone who picked it; returns how many were told.
pub fn delete_session(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    actor: UserId,
    id: SessionId,
) -> Result<usize> {
    let s = db::sessions::by_id(c, conf.id, id)?.ok_or(Error::NotFound)?;
    let people = db::sessions::enrolled_people(c, s.id)?;
    for (email, name, _) in &people {
        let to = Email::from_db(email.clone());
        let theirs = super::mail::conference_for(c, &to, conf)?;
        let title = super::mail::session_title_for(c, &to, conf, s.id, &s.title)?;
        let mail = super::mail::compose(c, &to, conf, || {
            messages::session_removed(ctx.base_url, &theirs, name, &title)
        })?
        .render(&to, "session_removed", None)?;
        outbox::enqueue(c, &mail, Some(conf.id), ctx.now)?;
    }
    db::sessions::delete(c, conf.id, s.id, ctx.now)?;
    let change = (Some(s.title.as_str()), None);
    record(c, ctx, conf.id, actor, "session.delete", &s.title, change)?;
    Ok(people.len())
}

/// Cancels a session (`cancel`) or puts it back on the agenda. The session stays,
/// marked; everyone who picked it is mailed with the session's updated `.ics`
/// (`STATUS:CANCELLED` or confirmed again). Returns how many were mailed; changing
/// nothing (already in that state) mails no one.
pub fn set_cancelled(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    actor: UserId,
    id: SessionId,
    cancel: bool,
) -> Result<usize> {
    let status = if cancel {
        SessionStatus::Cancelled
    } else {
        SessionStatus::Scheduled
    };
    if !db::session_status::set_status(c, conf.id, id, status, ctx.now)? {
        db::sessions::by_id(c, conf.id, id)?.ok_or(Error::NotFound)?;
        return Ok(0);
    }
    let s = db::sessions::by_id(c, conf.id, id)?.ok_or(Error::NotFound)?;
    let people = db::sessions::enrolled_people(c, s.id)?;
    for (email, name, _) in &people {
        let to = Email::from_db(email.clone());
        let theirs = super::mail::conference_for(c, &to, conf)?;
        let title = super::mail::session_title_for(c, &to, conf, s.id, &s.title)?;
        let content = super::mail::compose(c, &to, conf, || {
            messages::session_cancelled(ctx.base_url, &theirs, name, &title, cancel)
        })?;
        let attachment = Attachment {
            filename: "session.ics".into(),
            content_type: ical::CONTENT_TYPE.into(),
            body: {
                let mut theirs_s = s.clone();
                db::content::localize_session(
                    c,
                    &mut theirs_s,
                    content.lang,
                    conf.default_language,
                )?;
                crate::domain::l10n::with(content.lang, || {
                    ical::session_calendar(&theirs, &theirs_s, ctx.base_url)
                })
            },
        };
        let mail = content.render(&to, "session_cancelled", Some(attachment))?;
        outbox::enqueue(c, &mail, Some(conf.id), ctx.now)?;
    }
    let action = if cancel {
        "session.cancel"
    } else {
        "session.reinstate"
    };
    record(c, ctx, conf.id, actor, action, &s.title, (None, None))?;
    Ok(people.len())
}
