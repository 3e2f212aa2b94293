//! Email: what a message says ([`Mail`], rendered to plain text and HTML from one
//! content struct), the outbox it is written to in the caller's transaction, the
//! transports, and the worker that delivers it.

pub mod approval_messages;
pub mod headers;
pub mod messages;
pub mod outbox;
pub mod outbox_lookup;
pub mod transport;
pub mod worker;

use askama::Template;

use crate::domain::l10n;
use crate::domain::lang::Lang;

/// A calendar or other file attached to a message.
#[derive(Clone, Debug)]
pub struct Attachment {
    pub filename: String,
    pub content_type: String,
    pub body: String,
}

/// The content of one email. Rendered into both a text and an HTML part so every
/// client shows something sensible.
#[derive(Clone, Debug, Default)]
pub struct Content {
    pub subject: String,
    pub greeting: String,
    pub paragraphs: Vec<String>,
    /// The main call to action: (label, absolute URL).
    pub action: Option<(String, String)>,
    /// Key facts shown as a small table: (label, value).
    pub details: Vec<(String, String)>,
    /// Paragraphs after the facts.
    pub after: Vec<String>,
    pub signature: String,
    /// The conference's identity, set by the sender from the conference.
    pub brand: Brand,
    /// The language the content is written in (the recipient's): the HTML part's
    /// `lang`/`dir` and the `Content-Language` header say it.
    pub lang: Lang,
}

/// A conference's face in its mails: a header with its logo (or name) in its accent
/// colour, the button in that colour, and the organizers' contact line.
#[derive(Clone, Debug, Default)]
pub struct Brand {
    pub name: String,
    /// `#rrggbb`, already contrast-checked; the site's blue when `None`.
    pub accent: Option<String>,
    /// Absolute URL of the logo.
    pub logo: Option<String>,
    pub contact: String,
}

impl Brand {
    /// The colour of the header bar and buttons.
    pub fn colour(&self) -> &str {
        self.accent.as_deref().unwrap_or("#1b4f8f")
    }
}

#[derive(Template)]
#[template(path = "email/layout.txt")]
struct TextPart<'a> {
    greeting: &'a str,
    paragraphs: &'a [String],
    action: &'a Option<(String, String)>,
    details: &'a [(String, String)],
    after: &'a [String],
    signature: &'a str,
    brand: &'a Brand,
    /// What follows a label: ":", " :" in French, "：" in Chinese.
    colon: &'a str,
}

#[derive(Template)]
#[template(path = "email/layout.html")]
struct HtmlPart<'a> {
    lang: Lang,
    /// Where a table's labels sit: "left", or "right" in right-to-left mail (mail
    /// clients do not all know `text-align: start`).
    start: &'static str,
    end: &'static str,
    copy_hint: &'a str,
    brand: &'a Brand,
    subject: &'a str,
    greeting: &'a str,
    paragraphs: &'a [String],
    action: &'a Option<(String, String)>,
    details: &'a [(String, String)],
    after: &'a [String],
    signature: &'a str,
}

/// What follows a label in plain text in `lang`'s typography.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}:",
        Lang::Zh => "：",
        _ => ":",
    }
}

/// A message ready for the outbox.
#[derive(Clone, Debug)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub attachment: Option<Attachment>,
    /// What kind of mail this is (for the back office), e.g. "confirm".
    pub kind: &'static str,
    /// Per-message headers, set on announcements only: the sender's display name
    /// (the conference), its Reply-To, and the one-click unsubscribe URL (RFC 8058).
    pub headers: ListHeaders,
}

/// Headers of bulk mail (announcements); empty on transactional mail.
#[derive(Clone, Debug, Default)]
pub struct ListHeaders {
    pub sender_name: Option<String>,
    pub reply_to: Option<String>,
    pub list_unsubscribe: Option<String>,
    /// The language the mail is written in (`Content-Language`).
    pub language: Option<Lang>,
}

impl Content {
    pub fn render(
        &self,
        to: &crate::domain::Email,
        kind: &'static str,
        attachment: Option<Attachment>,
    ) -> Result<Mail, askama::Error> {
        let copy_hint = l10n::t(self.lang, "mail-button-fallback");
        let rtl = self.lang.dir() == "rtl";
        let text = TextPart {
            greeting: &self.greeting,
            paragraphs: &self.paragraphs,
            action: &self.action,
            details: &self.details,
            after: &self.after,
            signature: &self.signature,
            brand: &self.brand,
            colon: colon(self.lang),
        }
        .render()?;
        let html = HtmlPart {
            lang: self.lang,
            start: if rtl { "right" } else { "left" },
            end: if rtl { "left" } else { "right" },
            copy_hint: &copy_hint,
            brand: &self.brand,
            subject: &self.subject,
            greeting: &self.greeting,
            paragraphs: &self.paragraphs,
            action: &self.action,
            details: &self.details,
            after: &self.after,
            signature: &self.signature,
        }
        .render()?;
        Ok(Mail {
            to: to.as_str().to_string(),
            subject: self.subject.clone(),
            text,
            html,
            attachment,
            kind,
            headers: ListHeaders {
                language: Some(self.lang),
                ..ListHeaders::default()
            },
        })
    }
}
