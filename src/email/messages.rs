//! The wording of every message the platform sends. Each function returns the
//! [`Content`]; the caller renders it and writes it to the outbox in its transaction.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::Content;
use crate::db::conferences::Conference;
use crate::domain::agenda::time_range;
use crate::domain::timefmt;

const SIGNATURE: &str = "Plenary, on behalf of the conference organisers";

fn base(subject: String, name: &str) -> Content {
    Content {
        subject,
        greeting: format!("Dear {name},"),
        signature: SIGNATURE.into(),
        ..Content::default()
    }
}

/// When a conference runs, in the reader's zone: "Tuesday 7 July 2020, 13:00 CEST".
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
    let mut c = base(format!("Confirm your registration: {}", conf.title), name);
    c.paragraphs.push(format!(
        "Thank you for registering for \"{}\". Please confirm your email address to complete your registration.",
        conf.title
    ));
    if let Some(p) = waitlist_position {
        c.paragraphs.push(format!(
            "The conference is full at the moment, so you are number {p} on the waiting list. We will email you as soon as a seat is yours."
        ));
    }
    c.action = Some((
        "Confirm my registration".into(),
        format!("{base_url}/confirm/{token}"),
    ));
    c.after.push(
        "The link works once and expires in 48 hours. If you did not register, ignore this email: nothing happens without the link.".into(),
    );
    c
}

/// Sent instead of a confirmation when someone signs up with an email that already
/// has an account, so the sign-up page itself reveals nothing.
pub fn already_have_account(base_url: &str, conf: &Conference, name: &str) -> Content {
    let mut c = base(format!("You already have an account: {}", conf.title), name);
    c.paragraphs.push(format!(
        "Someone (probably you) tried to sign up for \"{}\" with this email address, which already has an account. No new account was created.",
        conf.title
    ));
    c.paragraphs.push(
        "To register for the conference, sign in and use the one-click registration. If you have forgotten your password, you can set a new one."
            .into(),
    );
    c.action = Some((
        "Sign in and register".into(),
        format!("{base_url}/login?next=/c/{}/register", conf.slug),
    ));
    c.after.push(format!(
        "Forgotten your password? {base_url}/password/reset"
    ));
    c.after
        .push("If this was not you, you can ignore this email; your account is unchanged.".into());
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
    let mut c = base(format!("You are registered: {}", conf.title), name);
    c.paragraphs.push(format!(
        "Your registration for \"{}\" is confirmed.",
        conf.title
    ));
    c.details.push(("Conference".into(), conf.title.clone()));
    if let Some((start, end)) = first_start {
        c.details.push(("Opens".into(), local_start(start, tz)));
        c.details.push(("Closes".into(), local_start(end, tz)));
    }
    c.details
        .push(("Your time zone".into(), tz.name().to_string()));
    c.paragraphs.push(
        "Pick the sessions you want to follow: you will find the join links on your conference page shortly before each session starts."
            .into(),
    );
    c.action = Some((
        "Open my conference page".into(),
        format!("{base_url}/c/{}/me", conf.slug),
    ));
    c.after.push(if has_picks {
        "The attached calendar file adds the sessions you picked to your calendar.".into()
    } else {
        "The attached calendar file adds the conference days to your calendar. To follow your own sessions as you pick them, subscribe to your personal calendar from your conference page.".into()
    });
    c
}

pub fn waitlisted_confirmed(
    base_url: &str,
    conf: &Conference,
    name: &str,
    position: i64,
) -> Content {
    let mut c = base(
        format!(
            "Email confirmed — you are on the waiting list: {}",
            conf.title
        ),
        name,
    );
    c.paragraphs.push(format!(
        "Thank you for confirming your email address. \"{}\" is full at the moment; you are number {position} on the waiting list.",
        conf.title
    ));
    c.paragraphs
        .push("When a seat frees up, it is given to the first person on the list automatically and we email you.".into());
    c.action = Some((
        "See my registration".into(),
        format!("{base_url}/c/{}/me", conf.slug),
    ));
    c
}

pub fn promoted(base_url: &str, conf: &Conference, name: &str, still_pending: bool) -> Content {
    let mut c = base(format!("A seat is yours: {}", conf.title), name);
    c.paragraphs.push(format!(
        "Good news: a seat has become free at \"{}\" and it is now yours.",
        conf.title
    ));
    if still_pending {
        c.paragraphs.push(
            "Please confirm your email address with the link we sent when you signed up to complete your registration.".into(),
        );
    }
    c.action = Some((
        "Open my conference page".into(),
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
    let mut c = base(format!("You have a place in \"{session_title}\""), name);
    c.paragraphs.push(format!(
        "A place has become free in \"{session_title}\" and it is now yours."
    ));
    c.details.push((
        "When".into(),
        format!(
            "{}, {}",
            timefmt::long_date(start.with_timezone(&tz).date_naive()),
            time_range(start, end, tz)
        ),
    ));
    c.action = Some((
        "Open my conference page".into(),
        format!("{base_url}/c/{}/me", conf.slug),
    ));
    c
}

pub fn password_reset(base_url: &str, name: &str, token: &str) -> Content {
    let mut c = base("Set a new Plenary password".into(), name);
    c.paragraphs
        .push("We received a request to set a new password for your account.".into());
    c.action = Some((
        "Choose a new password".into(),
        format!("{base_url}/password/reset/{token}"),
    ));
    c.after.push(
        "The link works once and expires in 2 hours. If you did not ask for this, ignore this email: your password stays the same.".into(),
    );
    c
}

pub fn reset_unknown(base_url: &str) -> Content {
    let mut c = base("Password reset request".into(), "participant");
    c.paragraphs.push(
        "Someone asked to reset the password of a Plenary account with this email address, but there is no account with it.".into(),
    );
    c.paragraphs.push(format!(
        "If you meant to register for a conference, start from its page on {base_url}."
    ));
    c
}

pub fn email_change(base_url: &str, name: &str, token: &str, new_email: &str) -> Content {
    let mut c = base("Confirm your new email address".into(), name);
    c.paragraphs.push(format!(
        "You asked to change the email address of your Plenary account to {new_email}. Confirm it with the link below."
    ));
    c.action = Some((
        "Confirm my new address".into(),
        format!("{base_url}/account/email/{token}"),
    ));
    c.after
        .push("The link works once and expires in 48 hours.".into());
    c
}

pub fn email_changed_notice(name: &str, new_email: &str) -> Content {
    let mut c = base("The email address of your account changed".into(), name);
    c.paragraphs.push(format!(
        "The email address of your Plenary account was changed to {new_email}. If you did not do this, contact the organisers at once."
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
    let mut c = base(format!("New time for \"{session_title}\""), name);
    c.paragraphs.push(format!(
        "The organisers of \"{}\" have moved a session you picked.",
        conf.title
    ));
    c.details
        .push(("Session".into(), session_title.to_string()));
    c.details.push((
        "New time".into(),
        format!(
            "{}, {}",
            timefmt::long_date(start.with_timezone(&tz).date_naive()),
            time_range(start, end, tz)
        ),
    ));
    c.action = Some((
        "See my conference page".into(),
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
    let mut c = base(format!("\"{session_title}\" will not take place"), name);
    c.paragraphs.push(format!(
        "The organisers of \"{}\" have removed the session \"{session_title}\", which you had picked. We are sorry for the change.",
        conf.title
    ));
    c.action = Some((
        "See the agenda".into(),
        format!("{base_url}/c/{}/agenda", conf.slug),
    ));
    c
}

/// Offers a role to an email address. The address may or may not have an account
/// (the sender does not know), so the mail greets no one by name and the link
/// leads to a page that finds out.
pub fn role_invitation(
    base_url: &str,
    conf: &Conference,
    role: &str,
    session_title: Option<&str>,
    token: &str,
) -> Content {
    let what = match session_title {
        Some(t) => format!("{role} of the session \"{t}\""),
        None => format!("{role} of the conference"),
    };
    let mut c = base(format!("Invitation: {}", conf.title), "");
    c.greeting = "Hello,".into();
    c.paragraphs.push(format!(
        "The organisers of \"{}\" invite you to be {what}.",
        conf.title
    ));
    c.paragraphs.push(
        "Open the link to accept. You will see your name on the conference's pages only after you accept. If you do not want the role, ignore this email.".into(),
    );
    c.action = Some((
        "Answer the invitation".into(),
        format!("{base_url}/invite/{token}"),
    ));
    c.after.push(
        "The link works once and expires in 14 days. If you did not expect this email, you can ignore it.".into(),
    );
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
    let mut c = base(format!("Starting soon: {session_title}"), name);
    c.paragraphs.push(format!(
        "\"{session_title}\", a session of \"{}\" that you picked, starts soon.",
        conf.title
    ));
    c.details.push((
        "When".into(),
        format!(
            "{}, {}",
            timefmt::long_date(start.with_timezone(&tz).date_naive()),
            time_range(start, end, tz)
        ),
    ));
    c.details
        .push(("Your time zone".into(), tz.name().to_string()));
    c.paragraphs
        .push("The join link is on your conference page shortly before the session starts.".into());
    c.action = Some((
        "Open my conference page".into(),
        format!("{base_url}/c/{}/me", conf.slug),
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

/// The greeting every announcement starts with, shown on the compose form.
pub fn announcement_greeting(name: &str) -> String {
    format!("Dear {name},")
}

/// An announcement written by the organisers, as one recipient gets it.
pub struct Announcement<'a> {
    pub subject: &'a str,
    /// `to_plain_text(markdown)`: the text part, readable without Markdown.
    pub plain_text: &'a str,
    /// `to_mail_html(markdown)`, rendered once for the whole batch.
    pub safe_html: &'a str,
}

#[derive(askama::Template)]
#[template(path = "organize/announcements/mail.txt")]
struct AnnouncementText<'a> {
    greeting: &'a str,
    body: &'a str,
    conference: &'a str,
    link: &'a str,
    signature: &'a str,
    unsubscribe: Option<&'a str>,
}

#[derive(askama::Template)]
#[template(path = "organize/announcements/mail.html")]
struct AnnouncementHtml<'a> {
    subject: &'a str,
    greeting: &'a str,
    body: &'a str,
    conference: &'a str,
    link: &'a str,
    signature: &'a str,
    unsubscribe: Option<&'a str>,
}

/// The announcement mail for one recipient: the Markdown rendered as plain text in
/// the text part, the cleaned HTML (never raw input) in the HTML part.
pub fn announcement(
    base_url: &str,
    conf: &Conference,
    name: &str,
    a: &Announcement<'_>,
    to: &crate::domain::Email,
    unsubscribe: Option<&str>,
) -> Result<super::Mail, askama::Error> {
    use askama::Template;
    let greeting = announcement_greeting(name);
    let link = format!("{base_url}/c/{}/me", conf.slug);
    let text = AnnouncementText {
        greeting: &greeting,
        body: a.plain_text,
        conference: &conf.title,
        link: &link,
        signature: SIGNATURE,
        unsubscribe,
    }
    .render()?;
    let html = AnnouncementHtml {
        subject: a.subject,
        greeting: &greeting,
        body: a.safe_html,
        conference: &conf.title,
        link: &link,
        signature: SIGNATURE,
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
        headers: super::ListHeaders::default(),
    })
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
    let (subject, text) = if cancelled {
        (
            format!("Cancelled: \"{session_title}\""),
            format!(
                "The organisers of \"{}\" have cancelled the session \"{session_title}\", which you had picked. The attached calendar file marks it cancelled in your calendar.",
                conf.title
            ),
        )
    } else {
        (
            format!("Back on the agenda: \"{session_title}\""),
            format!(
                "The organisers of \"{}\" have reinstated the session \"{session_title}\", which you had picked: it takes place after all. The attached calendar file updates your calendar.",
                conf.title
            ),
        )
    };
    let mut c = base(subject, name);
    c.paragraphs.push(text);
    c.action = Some((
        "See the agenda".into(),
        format!("{base_url}/c/{}/agenda", conf.slug),
    ));
    c
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
            greeting: t_with(lang, "part-mail-greeting", &[("name", Arg::Text(name))]),
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
            signature: t(lang, "part-mail-signature"),
            ..Content::default()
        }
    })
}
