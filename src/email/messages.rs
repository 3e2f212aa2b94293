//! The wording of every message the platform sends. Each function returns the
//! [`Content`] in the [`l10n::current`] language: the caller chooses the recipient's
//! language ([`recipient_language`]) and builds the content inside
//! `l10n::with(lang, || messages::…)`, so dates (`timefmt`) follow it too; the caller
//! then renders it and writes it to the outbox in its transaction.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::Content;
use crate::db::conferences::Conference;
use crate::domain::agenda::time_range;
use crate::domain::l10n::{self, Arg};
use crate::domain::lang::Lang;
use crate::domain::timefmt;

/// The language mail to someone is written in: theirs if they chose one, else the
/// conference's default language, else English.
pub fn recipient_language(preferred: Option<Lang>, conf: Option<&Conference>) -> Lang {
    preferred
        .or(conf.map(|c| c.default_language))
        .unwrap_or_default()
}

/// A message with arguments in the current language. Fluent's isolation marks stay
/// in right-to-left mail, where they keep Latin names and numbers readable, and are
/// removed from left-to-right mail, where they would only hinder plain-text readers.
fn m(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let text = l10n::tr_with(key, args);
    if l10n::current().dir() == "rtl" {
        text
    } else {
        l10n::strip_isolation(&text)
    }
}

/// A subject line: never with isolation marks (many clients show them as boxes).
fn subject(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    l10n::strip_isolation(&l10n::tr_with(key, args))
}

fn conf_arg(conf: &Conference) -> [(&'static str, Arg<'_>); 1] {
    [("conference", Arg::Text(&conf.title))]
}

fn base(subject: String, name: &str) -> Content {
    Content {
        subject,
        greeting: m("mail-greeting", &[("name", Arg::Text(name))]),
        signature: l10n::tr("mail-signature"),
        lang: l10n::current(),
        ..Content::default()
    }
}

/// "Monday 6 July 2020, 14:00–15:30 CEST" in the current language.
fn when(start: DateTime<Utc>, end: DateTime<Utc>, tz: Tz) -> String {
    format!(
        "{}, {}",
        timefmt::long_date(start.with_timezone(&tz).date_naive()),
        time_range(start, end, tz)
    )
}

/// When a conference runs, in the reader's zone: "Tuesday 7 July 2020, 13:00 CEST".
/// The zone as the reader names it ("Paris (France)", "巴黎（法国）"), not its IANA id.
pub fn zone_label(tz: Tz) -> String {
    crate::domain::zones::zone_label(tz, l10n::current())
}

pub fn local_start(at: DateTime<Utc>, tz: Tz) -> String {
    timefmt::long_date_clock_zone(&at.with_timezone(&tz))
}

pub fn confirm_registration(
    base_url: &str,
    conf: &Conference,
    name: &str,
    token: &str,
    waitlist_position: Option<i64>,
) -> Content {
    let mut c = base(subject("mail-confirm-subject", &conf_arg(conf)), name);
    c.paragraphs.push(m("mail-confirm-intro", &conf_arg(conf)));
    if let Some(p) = waitlist_position {
        let n = c.lang.number(p);
        c.paragraphs
            .push(m("mail-confirm-waitlist", &[("position", Arg::Text(&n))]));
    }
    c.action = Some((
        l10n::tr("mail-confirm-action"),
        format!("{base_url}/confirm/{token}"),
    ));
    c.after.push(l10n::tr("mail-confirm-expiry"));
    c
}

/// Sent instead of a confirmation when someone signs up with an email that already
/// has an account, so the sign-up page itself reveals nothing.
pub fn already_have_account(base_url: &str, conf: &Conference, name: &str) -> Content {
    let mut c = base(subject("mail-already-subject", &conf_arg(conf)), name);
    c.paragraphs.push(m("mail-already-intro", &conf_arg(conf)));
    c.paragraphs.push(l10n::tr("mail-already-how"));
    c.action = Some((
        l10n::tr("mail-already-action"),
        format!("{base_url}/login?next=/c/{}/register", conf.slug),
    ));
    c.after.push(format!(
        "{} {base_url}/password/reset",
        l10n::tr("mail-already-forgotten")
    ));
    c.after.push(l10n::tr("mail-already-not-you"));
    c
}

pub fn registration_confirmed(
    base_url: &str,
    conf: &Conference,
    name: &str,
    tz: Tz,
    first_start: Option<(DateTime<Utc>, DateTime<Utc>)>,
    has_picks: bool,
) -> Content {
    let mut c = base(subject("mail-confirmed-subject", &conf_arg(conf)), name);
    c.paragraphs
        .push(m("mail-confirmed-intro", &conf_arg(conf)));
    c.details
        .push((l10n::tr("mail-detail-conference"), conf.title.clone()));
    if let Some((start, end)) = first_start {
        c.details
            .push((l10n::tr("mail-detail-opens"), local_start(start, tz)));
        c.details
            .push((l10n::tr("mail-detail-closes"), local_start(end, tz)));
    }
    c.details
        .push((l10n::tr("mail-detail-zone"), zone_label(tz)));
    c.paragraphs.push(l10n::tr("mail-confirmed-pick"));
    c.action = Some((
        l10n::tr("mail-action-my-page"),
        format!("{base_url}/c/{}/me", conf.slug),
    ));
    c.after.push(if has_picks {
        l10n::tr("mail-confirmed-ics-picks")
    } else {
        l10n::tr("mail-confirmed-ics-days")
    });
    c
}

pub fn waitlisted_confirmed(
    base_url: &str,
    conf: &Conference,
    name: &str,
    position: i64,
) -> Content {
    let mut c = base(subject("mail-waitlisted-subject", &conf_arg(conf)), name);
    let n = c.lang.number(position);
    c.paragraphs.push(m(
        "mail-waitlisted-intro",
        &[
            ("conference", Arg::Text(&conf.title)),
            ("position", Arg::Text(&n)),
        ],
    ));
    c.paragraphs.push(l10n::tr("mail-waitlisted-how"));
    c.action = Some((
        l10n::tr("mail-action-my-registration"),
        format!("{base_url}/c/{}/me", conf.slug),
    ));
    c
}

pub fn promoted(base_url: &str, conf: &Conference, name: &str, still_pending: bool) -> Content {
    let mut c = base(subject("mail-promoted-subject", &conf_arg(conf)), name);
    c.paragraphs.push(m("mail-promoted-intro", &conf_arg(conf)));
    if still_pending {
        c.paragraphs.push(l10n::tr("mail-promoted-pending"));
    }
    c.action = Some((
        l10n::tr("mail-action-my-page"),
        format!("{base_url}/c/{}/me", conf.slug),
    ));
    c
}

pub fn session_seat(
    base_url: &str,
    conf: &Conference,
    name: &str,
    session_title: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    tz: Tz,
) -> Content {
    let session = [("session", Arg::Text(session_title))];
    let mut c = base(subject("mail-seat-subject", &session), name);
    c.paragraphs.push(m("mail-seat-intro", &session));
    c.details
        .push((l10n::tr("mail-detail-when"), when(start, end, tz)));
    c.action = Some((
        l10n::tr("mail-action-my-page"),
        format!("{base_url}/c/{}/me", conf.slug),
    ));
    c
}

pub fn password_reset(base_url: &str, name: &str, token: &str) -> Content {
    let mut c = base(subject("mail-reset-subject", &[]), name);
    c.paragraphs.push(l10n::tr("mail-reset-intro"));
    c.action = Some((
        l10n::tr("mail-reset-action"),
        format!("{base_url}/password/reset/{token}"),
    ));
    c.after.push(l10n::tr("mail-reset-expiry"));
    c
}

pub fn reset_unknown(base_url: &str) -> Content {
    let mut c = base(subject("mail-reset-unknown-subject", &[]), "");
    c.greeting = l10n::tr("mail-greeting-participant");
    c.paragraphs.push(l10n::tr("mail-reset-unknown-intro"));
    c.paragraphs.push(format!(
        "{} {base_url}",
        l10n::tr("mail-reset-unknown-hint")
    ));
    c
}

pub fn email_change(base_url: &str, name: &str, token: &str, new_email: &str) -> Content {
    let mut c = base(subject("mail-email-change-subject", &[]), name);
    c.paragraphs.push(m(
        "mail-email-change-intro",
        &[("email", Arg::Text(new_email))],
    ));
    c.action = Some((
        l10n::tr("mail-email-change-action"),
        format!("{base_url}/account/email/{token}"),
    ));
    c.after.push(l10n::tr("mail-link-expiry-48h"));
    c
}

pub fn email_changed_notice(name: &str, new_email: &str) -> Content {
    let mut c = base(subject("mail-email-changed-subject", &[]), name);
    c.paragraphs.push(m(
        "mail-email-changed-intro",
        &[("email", Arg::Text(new_email))],
    ));
    c
}

pub fn session_moved(
    base_url: &str,
    conf: &Conference,
    name: &str,
    session_title: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    tz: Tz,
) -> Content {
    let session = [("session", Arg::Text(session_title))];
    let mut c = base(subject("mail-moved-subject", &session), name);
    c.paragraphs.push(m("mail-moved-intro", &conf_arg(conf)));
    c.details
        .push((l10n::tr("mail-detail-session"), session_title.to_string()));
    c.details
        .push((l10n::tr("mail-detail-new-time"), when(start, end, tz)));
    c.action = Some((
        l10n::tr("mail-action-see-my-page"),
        format!("{base_url}/c/{}/me", conf.slug),
    ));
    c
}

pub fn session_removed(
    base_url: &str,
    conf: &Conference,
    name: &str,
    session_title: &str,
) -> Content {
    let args = [
        ("conference", Arg::Text(&conf.title)),
        ("session", Arg::Text(session_title)),
    ];
    let mut c = base(subject("mail-removed-subject", &args), name);
    c.paragraphs.push(m("mail-removed-intro", &args));
    c.action = Some((
        l10n::tr("mail-action-agenda"),
        format!("{base_url}/c/{}/agenda", conf.slug),
    ));
    c
}

/// Offers a role (`role`: "organizer", "moderator" or "speaker") to an email address.
/// The address may or may not have an account (the sender does not know), so the
/// mail greets no one by name and the link leads to a page that finds out.
pub fn role_invitation(
    base_url: &str,
    conf: &Conference,
    role: &str,
    session_title: Option<&str>,
    token: &str,
) -> Content {
    let mut c = base(subject("mail-invite-subject", &conf_arg(conf)), "");
    c.greeting = l10n::tr("mail-greeting-anonymous");
    c.paragraphs.push(match session_title {
        Some(t) => m(
            "mail-invite-session",
            &[
                ("conference", Arg::Text(&conf.title)),
                ("role", Arg::Text(role)),
                ("session", Arg::Text(t)),
            ],
        ),
        None => m(
            "mail-invite-conference",
            &[
                ("conference", Arg::Text(&conf.title)),
                ("role", Arg::Text(role)),
            ],
        ),
    });
    c.paragraphs.push(l10n::tr("mail-invite-how"));
    c.action = Some((
        l10n::tr("mail-invite-action"),
        format!("{base_url}/invite/{token}"),
    ));
    c.after.push(l10n::tr("mail-invite-expiry"));
    c
}

/// Reminds a registrant that a session they picked starts soon, with the time in
/// their own zone and the way to their join link.
pub fn session_reminder(
    base_url: &str,
    conf: &Conference,
    name: &str,
    session_title: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    tz: Tz,
) -> Content {
    let args = [
        ("conference", Arg::Text(&conf.title)),
        ("session", Arg::Text(session_title)),
    ];
    let mut c = base(subject("mail-reminder-subject", &args), name);
    c.paragraphs.push(m("mail-reminder-intro", &args));
    c.details
        .push((l10n::tr("mail-detail-when"), when(start, end, tz)));
    c.details
        .push((l10n::tr("mail-detail-zone"), zone_label(tz)));
    c.paragraphs.push(l10n::tr("mail-reminder-join"));
    c.action = Some((
        l10n::tr("mail-action-my-page"),
        format!("{base_url}/c/{}/me", conf.slug),
    ));
    c
}

/// A session someone picked is cancelled (`cancelled`) or back on the agenda; the
/// caller attaches the session's updated `.ics` so calendars follow.
pub fn session_cancelled(
    base_url: &str,
    conf: &Conference,
    name: &str,
    session_title: &str,
    cancelled: bool,
) -> Content {
    let args = [
        ("conference", Arg::Text(&conf.title)),
        ("session", Arg::Text(session_title)),
    ];
    let (s, text) = if cancelled {
        ("mail-cancelled-subject", "mail-cancelled-intro")
    } else {
        ("mail-reinstated-subject", "mail-reinstated-intro")
    };
    let mut c = base(subject(s, &args), name);
    c.paragraphs.push(m(text, &args));
    c.action = Some((
        l10n::tr("mail-action-agenda"),
        format!("{base_url}/c/{}/agenda", conf.slug),
    ));
    c
}

/// "[IP&AI] Programme update": the conference's short name (or title) first, so the
/// reader knows which conference writes, unless the organiser already put it there.
pub fn announcement_subject(conf: &Conference, subject: &str) -> String {
    let tag = conf.mail_tag();
    if subject.contains(tag) {
        subject.to_string()
    } else {
        format!("[{tag}] {subject}")
    }
}

/// The greeting every announcement starts with, in the current language (shown on
/// the compose form in the organiser's, sent in each recipient's).
pub fn announcement_greeting(name: &str) -> String {
    m("mail-greeting", &[("name", Arg::Text(name))])
}

/// An announcement written by the organisers, as one recipient gets it.
pub struct Announcement<'a> {
    pub subject: &'a str,
    /// `to_plain_text(markdown)`: the text part, readable without Markdown.
    pub plain_text: &'a str,
    /// `to_mail_html(markdown)`, rendered once for the whole batch.
    pub safe_html: &'a str,
}

/// The frame around an announcement, in the recipient's language.
struct Frame {
    greeting: String,
    signature: String,
    /// "You receive this because you take part in “…”."
    reason: String,
    page_label: String,
    unsubscribe_label: String,
    no_more_label: String,
    colon: &'static str,
}

#[derive(askama::Template)]
#[template(path = "organize/announcements/mail.txt")]
struct AnnouncementText<'a> {
    frame: &'a Frame,
    body: &'a str,
    link: &'a str,
    unsubscribe: Option<&'a str>,
}

#[derive(askama::Template)]
#[template(path = "organize/announcements/mail.html")]
struct AnnouncementHtml<'a> {
    lang: Lang,
    subject: &'a str,
    frame: &'a Frame,
    body: &'a str,
    link: &'a str,
    unsubscribe: Option<&'a str>,
}

/// The announcement mail for one recipient, in `lang`: the Markdown rendered as plain
/// text in the text part, the cleaned HTML (never raw input) in the HTML part. The
/// organisers' text is sent as they wrote it; the frame is in the recipient's language.
pub fn announcement(
    base_url: &str,
    conf: &Conference,
    name: &str,
    a: &Announcement<'_>,
    to: &crate::domain::Email,
    unsubscribe: Option<&str>,
    lang: Lang,
) -> Result<super::Mail, askama::Error> {
    use askama::Template;
    l10n::with(lang, || {
        let frame = Frame {
            greeting: announcement_greeting(name),
            signature: l10n::tr("mail-signature"),
            reason: m("mail-ann-reason", &conf_arg(conf)),
            page_label: l10n::tr("mail-ann-page"),
            unsubscribe_label: l10n::tr("mail-ann-unsubscribe"),
            no_more_label: l10n::tr("mail-ann-no-more"),
            colon: super::colon(lang),
        };
        let link = format!("{base_url}/c/{}/me", conf.slug);
        let text = AnnouncementText {
            frame: &frame,
            body: a.plain_text,
            link: &link,
            unsubscribe,
        }
        .render()?;
        let html = AnnouncementHtml {
            lang,
            subject: a.subject,
            frame: &frame,
            body: a.safe_html,
            link: &link,
            unsubscribe,
        }
        .render()?;
        Ok(super::Mail {
            to: to.as_str().to_string(),
            subject: announcement_subject(conf, a.subject),
            text,
            html,
            attachment: None,
            kind: "announcement",
            headers: super::ListHeaders {
                language: Some(lang),
                ..super::ListHeaders::default()
            },
        })
    })
}

/// To an organizer, once, a week before a conference's registrations are anonymised
/// at the end of its retention period (issue 18, point 6), in the organizer's language.
pub fn retention_warning(
    lang: crate::domain::lang::Lang,
    base_url: &str,
    conf: &Conference,
    name: &str,
    due: chrono::NaiveDate,
) -> Content {
    use crate::domain::l10n::{Arg, t, t_with, with};
    with(lang, || {
        let title = Arg::Text(&conf.title);
        let date = timefmt::long_date(due);
        Content {
            subject: t_with(lang, "part-mail-retention-subject", &[("title", title)]),
            greeting: t_with(lang, "mail-greeting", &[("name", Arg::Text(name))]),
            paragraphs: vec![
                t_with(
                    lang,
                    "part-mail-retention-when",
                    &[
                        ("title", Arg::Text(&conf.title)),
                        ("date", Arg::Text(&date)),
                    ],
                ),
                t(lang, "part-mail-retention-what"),
            ],
            action: Some((
                t(lang, "part-mail-retention-action"),
                format!("{base_url}/organize/c/{}/retention", conf.slug),
            )),
            after: vec![t(lang, "part-mail-retention-after")],
            signature: t(lang, "mail-signature"),
            ..Content::default()
        }
    })
}
