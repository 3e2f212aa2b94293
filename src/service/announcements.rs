//! Announcements from the organisers: who receives one (an [`Audience`]), what a
//! valid draft is, and sending, which writes one outbox row per recipient under a
//! shared batch id, plus the audit entry, in the caller's single transaction. So an
//! announcement goes to everyone or to no one, and the worker delivers it at its
//! own pace while the progress page counts the batch's rows.
//!
//! Cancelled registrations and deleted accounts never receive one: every audience
//! is read through an inner join on `users` and a registration status filter.

use diesel::prelude::*;

use super::{Ctx, Result};
use crate::db::conferences::Conference;
use crate::db::schema::{enrollments, registrations, session_people, sessions, users};
use crate::db::sessions::Session;
use crate::db::{self, DbConn};
use crate::domain::markdown::to_mail_html;
use crate::domain::status::{EnrollmentStatus, RegistrationStatus};
use crate::domain::text::clean_text;
use crate::domain::{ConferenceId, Email, FieldErrors, SessionId, UserId};
use crate::email::{messages, outbox};

/// The outbox `kind` of announcement rows.
pub const KIND: &str = "announcement";
pub const SUBJECT_MAX: usize = 200;
pub const BODY_MAX: usize = 20_000;

/// Who an announcement goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Every confirmed registrant.
    Confirmed,
    /// Everyone on the conference's waiting list.
    Waitlisted,
    /// Confirmed registrants with a seat in one session.
    Session(SessionId),
    /// The moderators and speakers of the conference's sessions.
    Staff,
}

impl Audience {
    /// The form value: `confirmed`, `waitlisted`, `session:<id>` or `staff`.
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "confirmed" => Some(Self::Confirmed),
            "waitlisted" => Some(Self::Waitlisted),
            "staff" => Some(Self::Staff),
            other => other
                .strip_prefix("session:")
                .and_then(SessionId::parse)
                .map(Self::Session),
        }
    }

    pub fn as_param(&self) -> String {
        match self {
            Self::Confirmed => "confirmed".into(),
            Self::Waitlisted => "waitlisted".into(),
            Self::Staff => "staff".into(),
            Self::Session(id) => format!("session:{id}"),
        }
    }

    /// "everyone enrolled in “Opening”" — for pages and the audit log.
    pub fn describe(&self, sessions: &[Session]) -> String {
        match self {
            Self::Confirmed => "all confirmed registrants".into(),
            Self::Waitlisted => "everyone on the waiting list".into(),
            Self::Staff => "the moderators and speakers".into(),
            Self::Session(id) => match sessions.iter().find(|s| s.id == *id) {
                Some(s) => format!("everyone enrolled in “{}”", s.title),
                None => "everyone enrolled in a session".into(),
            },
        }
    }
}

/// A checked announcement, ready to preview or send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    pub subject: String,
    pub body: String,
    pub audience: Audience,
}

impl Draft {
    /// Checks every field at once. `sessions` are the conference's, so a session
    /// audience must name one of them.
    pub fn parse(
        subject: &str,
        body: &str,
        audience: &str,
        sessions: &[Session],
    ) -> std::result::Result<Draft, FieldErrors> {
        let mut e = FieldErrors::new();
        let subject = match clean_text(subject, SUBJECT_MAX, false) {
            Ok(s) if s.is_empty() => {
                e.add("subject", "Enter a subject");
                None
            }
            r => e.check("subject", r),
        };
        let body = if body.trim().is_empty() {
            e.add("body", "Enter the message");
            None
        } else if body.chars().count() > BODY_MAX {
            e.add(
                "body",
                format!("The message must be {BODY_MAX} characters or fewer"),
            );
            None
        } else {
            e.check("body", clean_text(body, BODY_MAX, true))
        };
        let audience = match Audience::parse(audience) {
            Some(Audience::Session(id)) if !sessions.iter().any(|s| s.id == id) => {
                e.add("audience", "Choose a session of this conference");
                None
            }
            Some(a) => Some(a),
            None => {
                e.add("audience", "Choose who receives the announcement");
                None
            }
        };
        match (subject, body, audience) {
            (Some(subject), Some(body), Some(audience)) if e.is_empty() => Ok(Draft {
                subject,
                body,
                audience,
            }),
            _ => Err(e),
        }
    }
}

/// One person an announcement goes to.
#[derive(Clone, Debug)]
pub struct Recipient {
    pub email: Email,
    pub name: String,
}

/// Everyone in `audience`, each once, in a stable order.
pub fn recipients(
    conn: &mut DbConn,
    conference: ConferenceId,
    audience: Audience,
) -> QueryResult<Vec<Recipient>> {
    let cid = conference.to_string();
    let rows: Vec<(String, String)> = match audience {
        Audience::Confirmed | Audience::Waitlisted => {
            let status = if audience == Audience::Confirmed {
                RegistrationStatus::Confirmed
            } else {
                RegistrationStatus::Waitlisted
            };
            registrations::table
                .inner_join(users::table)
                .filter(registrations::conference_id.eq(&cid))
                .filter(registrations::status.eq(status.as_str()))
                .order(users::id)
                .select((users::email, users::name))
                .load(conn)?
        }
        Audience::Session(session) => enrollments::table
            .inner_join(registrations::table.inner_join(users::table))
            .filter(registrations::conference_id.eq(&cid))
            .filter(registrations::status.eq(RegistrationStatus::Confirmed.as_str()))
            .filter(enrollments::session_id.eq(session.to_string()))
            .filter(enrollments::status.eq(EnrollmentStatus::Enrolled.as_str()))
            .order(users::id)
            .select((users::email, users::name))
            .load(conn)?,
        Audience::Staff => session_people::table
            .inner_join(sessions::table)
            .inner_join(users::table)
            .filter(sessions::conference_id.eq(&cid))
            .select((users::id, users::email, users::name))
            .distinct()
            .order(users::id)
            .load::<(String, String, String)>(conn)?
            .into_iter()
            .map(|(_, email, name)| (email, name))
            .collect(),
    };
    Ok(rows
        .into_iter()
        .map(|(email, name)| Recipient {
            email: Email::from_db(email),
            name,
        })
        .collect())
}

/// Writes the announcement to the outbox, one row per recipient under one new batch
/// id, and records it in the audit log. Run inside one write transaction. Returns
/// the batch id and the number of recipients, or `None` (nothing written) when the
/// audience is empty.
pub fn send(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    actor: UserId,
    draft: &Draft,
    audience_label: &str,
) -> Result<Option<(String, usize)>> {
    let people = recipients(conn, conf.id, draft.audience)?;
    if people.is_empty() {
        return Ok(None);
    }
    let batch = uuid::Uuid::now_v7().to_string();
    let safe_html = to_mail_html(&draft.body);
    let content = messages::Announcement {
        subject: &draft.subject,
        markdown: &draft.body,
        safe_html: &safe_html,
    };
    for p in &people {
        let mail = messages::announcement(ctx.base_url, conf, &p.name, &content, &p.email)?;
        outbox::enqueue_in_batch(conn, &mail, conf.id, &batch, ctx.now)?;
    }
    let subject = format!("Announcement “{}”", draft.subject);
    let after = format!(
        "sent to {} ({} recipients), batch {batch}",
        audience_label,
        people.len()
    );
    db::audit::record(
        conn,
        &db::audit::Entry {
            conference: Some(conf.id),
            actor: Some(actor),
            action: "announcement.send",
            subject: &subject,
            before: None,
            after: Some(&after),
        },
        ctx.now,
    )?;
    Ok(Some((batch, people.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audiences_round_trip_through_their_form_value() {
        let id = SessionId::new();
        for a in [
            Audience::Confirmed,
            Audience::Waitlisted,
            Audience::Staff,
            Audience::Session(id),
        ] {
            assert_eq!(Audience::parse(&a.as_param()), Some(a));
        }
        assert_eq!(Audience::parse("session:nope"), None);
        assert_eq!(Audience::parse("everyone"), None);
    }

    #[test]
    fn a_draft_reports_every_problem_at_once() {
        let long = "x".repeat(BODY_MAX + 1);
        let e = Draft::parse("  ", &long, "bogus", &[]).unwrap_err();
        assert!(e.get("subject").is_some());
        assert!(e.get("body").is_some());
        assert!(e.get("audience").is_some());
        let ok = Draft::parse("Hello", "**Welcome**\n\nSee you", "confirmed", &[]).unwrap();
        assert_eq!(ok.audience, Audience::Confirmed);
    }
}
