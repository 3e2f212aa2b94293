//! The mails of participant categories with approval: the request is received
//! (after the email is confirmed), and the organizers' decision. Written in the
//! recipient's language (the caller wraps them in `l10n::with`).

use super::Content;
use crate::db::conferences::Conference;
use crate::domain::l10n::{Arg, tr, tr_with};

fn base(subject: String, name: &str) -> Content {
    Content {
        subject,
        greeting: tr_with("reg-mail-greeting", &[("name", Arg::Text(name))]),
        signature: tr("reg-mail-signature"),
        ..Content::default()
    }
}

fn my_page(base_url: &str, conf: &Conference) -> (String, String) {
    (
        tr("reg-mail-see-registration"),
        format!("{base_url}/c/{}/me", conf.slug),
    )
}

/// The email is confirmed; the request now waits for the organizers.
pub fn awaiting(base_url: &str, conf: &Conference, name: &str, category: &str) -> Content {
    let title = Arg::Text(&conf.title);
    let mut c = base(
        tr_with("reg-mail-awaiting-subject", &[("conference", title)]),
        name,
    );
    c.paragraphs.push(tr_with(
        "reg-mail-awaiting-body",
        &[
            ("conference", Arg::Text(&conf.title)),
            ("category", Arg::Text(category)),
        ],
    ));
    c.action = Some(my_page(base_url, conf));
    c
}

/// How an approval turned out for the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Approved {
    Confirmed,
    /// Approved, but the email is still to be confirmed.
    ConfirmEmail,
    Waitlisted,
}

pub fn approved(
    base_url: &str,
    conf: &Conference,
    name: &str,
    how: Approved,
    message: Option<&str>,
) -> Content {
    let title = Arg::Text(&conf.title);
    let mut c = base(
        tr_with("reg-mail-approved-subject", &[("conference", title)]),
        name,
    );
    c.paragraphs.push(tr_with(
        "reg-mail-approved-body",
        &[("conference", Arg::Text(&conf.title))],
    ));
    c.paragraphs.push(tr(match how {
        Approved::Confirmed => "reg-mail-approved-confirmed",
        Approved::ConfirmEmail => "reg-mail-approved-confirm-email",
        Approved::Waitlisted => "reg-mail-approved-waitlisted",
    }));
    if let Some(m) = message {
        c.details
            .push((tr("reg-mail-message-label"), m.to_string()));
    }
    c.action = Some(my_page(base_url, conf));
    c
}

pub fn declined(base_url: &str, conf: &Conference, name: &str, message: Option<&str>) -> Content {
    let title = Arg::Text(&conf.title);
    let mut c = base(
        tr_with("reg-mail-declined-subject", &[("conference", title)]),
        name,
    );
    c.paragraphs.push(tr_with(
        "reg-mail-declined-body",
        &[("conference", Arg::Text(&conf.title))],
    ));
    if let Some(m) = message {
        c.details
            .push((tr("reg-mail-message-label"), m.to_string()));
    }
    c.action = Some(my_page(base_url, conf));
    c
}
