//! Announcements from the organisers: who receives one (an [`Audience`]), what a
//! valid draft is, and sending, which writes one outbox row per recipient under a
//! shared batch id, plus the audit entry, in the caller's single transaction. So an
//! announcement goes to everyone or to no one, and the worker delivers it at its
//! own pace while the progress page counts the batch's rows.
//!
//! Cancelled registrations and deleted accounts never receive one: every audience
//! is read through an inner join on `users` and a registration status filter. Nor
//! does anyone who unsubscribed from the conference's announcements: each mail
//! carries its own one-click unsubscribe link (RFC 8058), a token naming the
//! conference and the address. Transactional mail never looks at that choice.
//!
//! A scheduled announcement is written to the outbox at once, due at its time: the
//! worker only claims due rows, so it goes out then, and the progress page shows it
//! queued until then.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::{Ctx, Result};
use crate::db::conferences::Conference;
use crate::db::schema::{
    announcement_unsubscribes, enrollments, registrations, session_people, sessions, users,
};
use crate::db::sessions::Session;
use crate::db::{self, DbConn};
use crate::domain::lang::Lang;
use crate::domain::markdown::{to_mail_html, to_plain_text};
use crate::domain::status::{EnrollmentStatus, RegistrationStatus};
use crate::domain::{ConferenceId, Email, SessionId, UserId};
use crate::email::{ListHeaders, messages, outbox};

/// The outbox `kind` of announcement rows.
pub const KIND: &str = "announcement";
pub use super::announcement_draft::{BODY_MAX, Draft, SUBJECT_MAX, Version};

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

/// One person an announcement goes to.
#[derive(Clone, Debug)]
pub struct Recipient {
    pub email: Email,
    pub name: String,
    /// The language they chose, if any.
    pub language: Option<Lang>,
}

/// Everyone in `audience`, each once, in a stable order.
pub fn recipients(
    conn: &mut DbConn,
    conference: ConferenceId,
    audience: Audience,
) -> QueryResult<Vec<Recipient>> {
    let cid = conference.to_string();
    let rows: Vec<(String, String, Option<Lang>)> = match audience {
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
                .select((users::email, users::name, users::language))
                .load(conn)?
        }
        Audience::Session(session) => enrollments::table
            .inner_join(registrations::table.inner_join(users::table))
            .filter(registrations::conference_id.eq(&cid))
            .filter(registrations::status.eq(RegistrationStatus::Confirmed.as_str()))
            .filter(enrollments::session_id.eq(session.to_string()))
            .filter(enrollments::status.eq(EnrollmentStatus::Enrolled.as_str()))
            .order(users::id)
            .select((users::email, users::name, users::language))
            .load(conn)?,
        Audience::Staff => session_people::table
            .inner_join(sessions::table)
            .inner_join(users::table)
            .filter(sessions::conference_id.eq(&cid))
            .select((users::id, users::email, users::name, users::language))
            .distinct()
            .order(users::id)
            .load::<(String, String, String, Option<Lang>)>(conn)?
            .into_iter()
            .map(|(_, email, name, language)| (email, name, language))
            .collect(),
    };
    let gone: std::collections::HashSet<String> = announcement_unsubscribes::table
        .filter(announcement_unsubscribes::conference_id.eq(&cid))
        .filter(announcement_unsubscribes::unsubscribed_at.is_not_null())
        .select(announcement_unsubscribes::email)
        .load::<String>(conn)?
        .into_iter()
        .map(|e| e.to_lowercase())
        .collect();
    Ok(rows
        .into_iter()
        .filter(|(email, _, _)| !gone.contains(&email.to_lowercase()))
        .map(|(email, name, language)| Recipient {
            email: Email::from_db(email),
            name,
            language,
        })
        .collect())
}

/// The language of the version `p` receives: theirs if the draft has it, else the
/// default language's.
pub fn version_language(p: &Recipient, draft: &Draft, conf: &Conference) -> Lang {
    let wanted = messages::recipient_language(p.language, Some(conf));
    draft.version_for(wanted).lang
}

/// How many of `people` receive each version of `draft`, in the draft's order.
pub fn language_split(
    people: &[Recipient],
    draft: &Draft,
    conf: &Conference,
) -> Vec<(Lang, usize)> {
    draft
        .versions
        .iter()
        .map(|v| {
            let n = people
                .iter()
                .filter(|p| version_language(p, draft, conf) == v.lang)
                .count();
            (v.lang, n)
        })
        .collect()
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
    let rendered: Vec<Rendered> = draft.versions.iter().map(Rendered::of).collect();
    let due = draft.send_at.unwrap_or(ctx.now);
    for p in &people {
        let token = issue_unsubscribe(conn, conf.id, &p.email, ctx.now)?;
        let url = format!("{}/unsubscribe/{token}", ctx.base_url);
        let lang = version_language(p, draft, conf);
        let r = rendered
            .iter()
            .find(|r| r.lang == lang)
            .unwrap_or(&rendered[0]);
        let mut mail = messages::announcement(
            ctx.base_url,
            conf,
            &p.name,
            &r.content(),
            &p.email,
            Some(&url),
            r.lang,
        )?;
        mail.headers = list_headers(conf, Some(url), r.lang);
        outbox::enqueue_in_batch(conn, &mail, conf.id, &batch, ctx.now, due)?;
    }
    let versions: Vec<db::announcement_versions::Version> = draft
        .versions
        .iter()
        .enumerate()
        .map(|(i, v)| db::announcement_versions::Version {
            lang: v.lang,
            subject: v.subject.clone(),
            body: v.body.clone(),
            is_default: i == 0,
        })
        .collect();
    db::announcement_versions::insert(conn, conf.id, &batch, &versions, ctx.now)?;
    let subject = format!("Announcement “{}”", draft.default_version().subject);
    let when = match draft.send_at {
        Some(at) => format!(", scheduled for {}", messages::local_start(at, conf.tz)),
        None => String::new(),
    };
    let langs: Vec<&str> = draft.versions.iter().map(|v| v.lang.code()).collect();
    let after = format!(
        "sent to {} ({} recipients{when}; in {}), batch {batch}",
        audience_label,
        people.len(),
        langs.join(", ")
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

/// Calls off what has not gone yet of an announcement (a scheduled one, or the rest
/// of one being delivered) and records it in the audit log. Returns how many
/// messages will not be sent; messages already delivered stay delivered.
pub fn cancel(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    actor: UserId,
    batch: &str,
) -> Result<usize> {
    let subject = outbox::batch_subject(conn, conf.id, batch)?.ok_or(super::Error::NotFound)?;
    let n = outbox::cancel_batch(conn, conf.id, batch, ctx.now)?;
    if n > 0 {
        let subject = format!("Announcement “{subject}”");
        let after = format!("cancelled: {n} unsent messages, batch {batch}");
        db::audit::record(
            conn,
            &db::audit::Entry {
                conference: Some(conf.id),
                actor: Some(actor),
                action: "announcement.cancel",
                subject: &subject,
                before: None,
                after: Some(&after),
            },
            ctx.now,
        )?;
    }
    Ok(n)
}

/// The sender's name and Reply-To of a conference's announcements, and the
/// recipient's unsubscribe URL (absent on a test mail).
fn list_headers(conf: &Conference, unsubscribe: Option<String>, lang: Lang) -> ListHeaders {
    ListHeaders {
        sender_name: Some(conf.title.clone()),
        reply_to: conf.sender_email.clone().filter(|s| !s.trim().is_empty()),
        list_unsubscribe: unsubscribe,
        language: Some(lang),
    }
}

/// Forgets an address's unsubscribe links and choices (its account is deleted: no
/// announcement can reach it any more, and the address is personal data).
pub fn forget_address(conn: &mut DbConn, address: &str) -> QueryResult<usize> {
    diesel::delete(
        announcement_unsubscribes::table.filter(announcement_unsubscribes::email.eq(address)),
    )
    .execute(conn)
}

/// A new unsubscribe token for one mail to `email`; returns the secret for its link.
fn issue_unsubscribe(
    conn: &mut DbConn,
    conference: ConferenceId,
    email: &Email,
    now: DateTime<Utc>,
) -> QueryResult<String> {
    let token = crate::domain::secret::random_token();
    diesel::insert_into(announcement_unsubscribes::table)
        .values((
            announcement_unsubscribes::token_hash.eq(db::tokens::hash(&token)),
            announcement_unsubscribes::conference_id.eq(conference.to_string()),
            announcement_unsubscribes::email.eq(email.as_str()),
            announcement_unsubscribes::created_at.eq(db::to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Sends the draft to the organiser alone, as its recipients will get it (their
/// greeting, the conference's sender name and Reply-To), one message per language
/// it is written in, each subject marked "[Test]" in that language. No batch, no
/// unsubscribe link, no audit entry: nobody else receives anything. Returns how many
/// messages were queued.
pub fn send_test(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    to: &Email,
    name: &str,
    draft: &Draft,
) -> Result<usize> {
    for v in &draft.versions {
        let r = Rendered::of(v);
        let mut mail =
            messages::announcement(ctx.base_url, conf, name, &r.content(), to, None, r.lang)?;
        mail.subject = crate::domain::l10n::with(r.lang, || {
            crate::domain::l10n::strip_isolation(&crate::domain::l10n::tr_with(
                "annl-test-subject",
                &[("subject", crate::domain::l10n::Arg::Text(&mail.subject))],
            ))
        });
        mail.kind = TEST_KIND;
        mail.headers = list_headers(conf, None, r.lang);
        outbox::enqueue(conn, &mail, Some(conf.id), ctx.now)?;
    }
    Ok(draft.versions.len())
}

/// One version's message, rendered once for all its recipients.
struct Rendered {
    lang: Lang,
    subject: String,
    plain_text: String,
    safe_html: String,
}

impl Rendered {
    fn of(v: &Version) -> Self {
        Rendered {
            lang: v.lang,
            subject: v.subject.clone(),
            plain_text: to_plain_text(&v.body),
            safe_html: to_mail_html(&v.body),
        }
    }

    fn content(&self) -> messages::Announcement<'_> {
        messages::Announcement {
            subject: &self.subject,
            plain_text: &self.plain_text,
            safe_html: &self.safe_html,
        }
    }
}

/// The outbox `kind` of a test announcement sent to its organiser.
pub const TEST_KIND: &str = "announcement_test";

/// How many people each audience reaches now: (form value, count).
pub fn audience_counts(
    conn: &mut DbConn,
    conference: ConferenceId,
    sessions: &[Session],
) -> QueryResult<Vec<(String, usize)>> {
    let mut audiences = vec![Audience::Confirmed, Audience::Waitlisted, Audience::Staff];
    audiences.extend(sessions.iter().map(|s| Audience::Session(s.id)));
    audiences
        .into_iter()
        .map(|a| Ok((a.as_param(), recipients(conn, conference, a)?.len())))
        .collect()
}

/// The one-click unsubscribe (RFC 8058): marks the token's address as unsubscribed
/// from the conference's announcements. Returns the conference's title, or `None`
/// for an unknown token. Repeating it is harmless.
pub fn unsubscribe(
    conn: &mut DbConn,
    token: &str,
    now: DateTime<Utc>,
) -> QueryResult<Option<String>> {
    let hash = db::tokens::hash(token);
    let row: Option<String> = announcement_unsubscribes::table
        .find(&hash)
        .select(announcement_unsubscribes::conference_id)
        .first(conn)
        .optional()?;
    let Some(conference) = row else {
        return Ok(None);
    };
    diesel::update(
        announcement_unsubscribes::table
            .find(&hash)
            .filter(announcement_unsubscribes::unsubscribed_at.is_null()),
    )
    .set(announcement_unsubscribes::unsubscribed_at.eq(db::to_db_time(now)))
    .execute(conn)?;
    use crate::db::schema::conferences;
    let title = conferences::table
        .filter(conferences::id.eq(&conference))
        .select(conferences::title)
        .first::<String>(conn)
        .optional()?;
    tracing::info!(conference = %conference, "unsubscribed from announcements");
    Ok(title)
}

/// Whether the unsubscribe token exists (for the page a GET shows).
pub fn unsubscribe_target(conn: &mut DbConn, token: &str) -> QueryResult<Option<(String, bool)>> {
    use crate::db::schema::conferences;
    announcement_unsubscribes::table
        .inner_join(conferences::table)
        .filter(announcement_unsubscribes::token_hash.eq(db::tokens::hash(token)))
        .select((
            conferences::title,
            announcement_unsubscribes::unsubscribed_at.is_not_null(),
        ))
        .first(conn)
        .optional()
}
