//! Video platforms' use cases: minting the way into a session's meeting for one
//! person (a [`Ticket`], whose URLs are secrets: signed, never logged or shown),
//! recording a host's entry in the audit log, saving a conference's platform and a
//! session's video options, and taking in the attendance the platform calls back
//! with. The HTTP calls themselves (`create`, `getMeetings`) are made by
//! `crate::video`, outside any transaction.

use chrono::Duration;

use super::{Ctx, Result};
use crate::db::audit::{self, Entry};
use crate::db::conferences::Conference;
use crate::db::sessions::Session;
use crate::db::users::User;
use crate::db::video::{SessionVideo, Settings};
use crate::db::{self, DbConn};
use crate::domain::join::HOST_LEAD_MINUTES;
use crate::domain::secret::Secret;
use crate::domain::standing::Standing;
use crate::domain::video::bbb::{self, CreateMeeting, JoinMeeting, Server};
use crate::domain::video::jitsi::{Deployment, Entry as JitsiEntry};
use crate::domain::video::{MeetingRole, Platform, meeting_id, room_name};
use crate::domain::{ConferenceId, SessionId, UserId};

/// The way into one meeting for one person, minted per click.
#[derive(Debug)]
pub struct Ticket {
    /// The session's title, for the page shown if the platform fails.
    pub title: String,
    pub role: MeetingRole,
    pub door: Door,
}

/// Where the browser goes. Every URL here carries a checksum or a token.
#[derive(Debug)]
pub enum Door {
    /// BigBlueButton: call `create` (idempotent), then send the browser to `join`.
    Bbb { create: Secret, join: Secret },
    /// Jitsi: the room with the person's token.
    Jitsi { url: Secret },
    /// The conference chose a platform but its settings are incomplete.
    NotConfigured,
}

/// Plenary's callback URL for a meeting (`what` is `ended` or `analytics`).
pub fn callback_url(base_url: &str, session: SessionId, secret: &str, what: &str) -> String {
    let token = bbb::callback_token(secret, &meeting_id(session));
    format!("{base_url}/video/bbb/{session}/{token}/{what}")
}

/// Builds the ticket of `user` for `session` with `role` (the join rule already said yes).
pub fn ticket(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    session: &Session,
    user: &User,
    role: MeetingRole,
) -> Result<Ticket> {
    let settings = db::video::settings(conn, conf.id)?;
    let door = match conf.video_platform {
        Platform::Bbb => match (&settings.bbb_url, &settings.bbb_secret) {
            (Some(url), Some(secret)) => {
                let options = db::video::session_video(conn, session.id)?;
                let server = Server {
                    url,
                    secret: secret.expose(),
                    algorithm: settings.checksum(),
                };
                let mid = meeting_id(session.id);
                let logout = format!("{}/c/{}/sessions/{}", ctx.base_url, conf.slug, session.id);
                let ended = callback_url(ctx.base_url, session.id, secret.expose(), "ended");
                let analytics =
                    callback_url(ctx.base_url, session.id, secret.expose(), "analytics");
                let user_id = user.id.to_string();
                Door::Bbb {
                    create: Secret::new(server.create_url(&CreateMeeting {
                        meeting_id: &mid,
                        name: &session.title,
                        record: options.record,
                        logout_url: &logout,
                        conference: &conf.title,
                        session: &session.title,
                        end_callback_url: &ended,
                        analytics_callback_url: &analytics,
                    })),
                    join: Secret::new(server.join_url(&JoinMeeting {
                        meeting_id: &mid,
                        full_name: &user.name,
                        user_id: &user_id,
                        role,
                    })),
                }
            }
            _ => Door::NotConfigured,
        },
        Platform::Jitsi => match (
            &settings.jitsi_domain,
            &settings.jitsi_app_id,
            &settings.jitsi_secret,
        ) {
            (Some(domain), Some(app_id), Some(secret)) => {
                let lead = if role.is_host() {
                    Duration::minutes(HOST_LEAD_MINUTES)
                } else {
                    super::attendance::attendee_lead(conf)
                };
                let deployment = Deployment {
                    domain,
                    app_id,
                    secret: secret.expose(),
                };
                let room = room_name(session.id);
                let user_id = user.id.to_string();
                Door::Jitsi {
                    url: Secret::new(deployment.join_url(&JitsiEntry {
                        room: &room,
                        user_id: &user_id,
                        name: &user.name,
                        email: user.email.as_str(),
                        role,
                        not_before: session.starts_at - lead,
                        expires: session.ends_at,
                    })),
                }
            }
            _ => Door::NotConfigured,
        },
        Platform::None | Platform::Link => Door::NotConfigured,
    };
    Ok(Ticket {
        title: session.title.clone(),
        role,
        door,
    })
}

/// A host's entry into the meeting, in the audit log with the role given.
pub fn record_host_join(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    session: &Session,
    user: UserId,
    role: MeetingRole,
    standing: Option<Standing>,
) -> Result<()> {
    let as_what = match standing {
        Some(Standing::Organizer) => "organizer",
        Some(Standing::Moderator) => "moderator",
        Some(Standing::Speaker) => "speaker",
        None => "attendee",
    };
    let subject = format!("Session “{}” ({})", session.title, session.id);
    let after = format!("joined as {} ({as_what})", role.as_str());
    audit::record(
        conn,
        &Entry {
            conference: Some(conf.id),
            actor: Some(user),
            action: "video.join",
            subject: &subject,
            before: None,
            after: Some(&after),
        },
        ctx.now,
    )?;
    Ok(())
}

/// Saves the conference's platform and connection (a secret left empty keeps the
/// stored one), audit-logged without any secret.
pub fn save_settings(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conference: ConferenceId,
    actor: UserId,
    platform: Platform,
    settings: &Settings,
) -> Result<()> {
    db::video::save_settings(conn, conference, platform, settings, ctx.now)?;
    let mut after = format!("platform: {}", platform.as_str());
    for (name, given) in [
        ("BigBlueButton secret", settings.bbb_secret.is_some()),
        ("Jitsi secret", settings.jitsi_secret.is_some()),
    ] {
        if given {
            after.push_str(&format!("; {name} replaced"));
        }
    }
    audit::record(
        conn,
        &Entry {
            conference: Some(conference),
            actor: Some(actor),
            action: "video.settings",
            subject: "Video platform",
            before: None,
            after: Some(&after),
        },
        ctx.now,
    )?;
    Ok(())
}

/// Saves a session's video options.
pub fn save_session_video(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conference: ConferenceId,
    actor: UserId,
    session: SessionId,
    options: &SessionVideo,
) -> Result<()> {
    if db::video::conference_of(conn, session)? != Some(conference) {
        return Err(super::Error::NotFound);
    }
    db::video::save_session_video(conn, session, options, ctx.now)?;
    let after = format!(
        "record: {}; stream: {}; audience cap: {}",
        if options.record { "yes" } else { "no" },
        if options.stream_url.is_some() {
            "set"
        } else {
            "none"
        },
        options.audience_cap
    );
    let subject = format!("Session {session}");
    audit::record(
        conn,
        &Entry {
            conference: Some(conference),
            actor: Some(actor),
            action: "video.session",
            subject: &subject,
            before: None,
            after: Some(&after),
        },
        ctx.now,
    )?;
    Ok(())
}

/// What a platform's callback came to.
#[derive(Debug, PartialEq, Eq)]
pub enum Callback {
    /// The token is not this meeting's (or the session or its secret is unknown).
    Forbidden,
    /// Taken in: how many stays were new or newly closed.
    Recorded(usize),
    /// The token is right but the body is not what the platform sends.
    Unreadable,
}

/// Checks a callback's token for `session`'s meeting.
fn token_ok(conn: &mut DbConn, session: SessionId, token: &str) -> Result<bool> {
    let Some(conference) = db::video::conference_of(conn, session)? else {
        return Ok(false);
    };
    let settings = db::video::settings(conn, conference)?;
    Ok(settings
        .bbb_secret
        .is_some_and(|s| bbb::callback_token_ok(s.expose(), &meeting_id(session), token)))
}

/// BigBlueButton's analytics callback: each attendee's joins and leaves. Stays
/// already known change nothing.
pub fn record_analytics(
    conn: &mut DbConn,
    _ctx: Ctx<'_>,
    session: SessionId,
    token: &str,
    attendees: Option<&[bbb::AttendeeStays]>,
) -> Result<Callback> {
    if !token_ok(conn, session, token)? {
        return Ok(Callback::Forbidden);
    }
    let Some(attendees) = attendees else {
        return Ok(Callback::Unreadable);
    };
    let ids: Vec<UserId> = attendees
        .iter()
        .filter_map(|a| UserId::parse(&a.user_id))
        .collect();
    let known = db::video::known_users(conn, &ids)?;
    let mut changed = 0;
    for a in attendees {
        let Some(user) = UserId::parse(&a.user_id).filter(|u| known.contains(u)) else {
            continue;
        };
        for &(joined, left) in &a.stays {
            if db::video::record_stay(conn, session, user, joined, left)? {
                changed += 1;
            }
        }
    }
    Ok(Callback::Recorded(changed))
}

/// BigBlueButton's meeting-ended callback: stays still open end now.
pub fn record_meeting_ended(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    session: SessionId,
    token: &str,
) -> Result<Callback> {
    if !token_ok(conn, session, token)? {
        return Ok(Callback::Forbidden);
    }
    Ok(Callback::Recorded(db::video::close_open_stays(
        conn, session, ctx.now,
    )?))
}
