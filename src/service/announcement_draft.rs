//! What a valid announcement draft is: its audience, an optional time to send at,
//! and its text in the conference's default language (required) and in any of the
//! other five languages (optional, each a subject and a message, both or neither).
//!
//! The default language's fields are named `subject` and `body`; another language's
//! `subject_fr`, `body_fr`…, so a field error points at the field that has it.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::announcements::Audience;
use crate::db::sessions::Session;
use crate::domain::FieldErrors;
use crate::domain::l10n::{Arg, current, tr, tr_with};
use crate::domain::lang::Lang;
use crate::domain::text::clean_text;

pub const SUBJECT_MAX: usize = 200;
pub const BODY_MAX: usize = 20_000;

/// One language's version of an announcement, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    pub lang: Lang,
    pub subject: String,
    pub body: String,
}

/// A checked announcement, ready to preview or send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The default language's version first, then the others in [`Lang::ALL`] order.
    pub versions: Vec<Version>,
    pub audience: Audience,
    /// When the worker sends it; `None`: now.
    pub send_at: Option<DateTime<Utc>>,
}

/// One language's fields as typed: (language, subject, message).
pub type Typed<'a> = (Lang, &'a str, &'a str);

/// The form field of `base` ("subject" or "body") for `lang`.
pub fn field_name(base: &str, lang: Lang, default: Lang) -> String {
    if lang == default {
        base.to_string()
    } else {
        format!("{base}_{}", lang.code())
    }
}

/// A language's name in the reader's language ("French", "Français", "法语"…).
pub fn language_name(lang: Lang) -> String {
    tr(&format!("annl-lang-{}", lang.code()))
}

/// A `datetime-local` value in the conference's zone, in the future; empty: now.
fn parse_send_at(
    raw: &str,
    tz: Tz,
    now: DateTime<Utc>,
) -> std::result::Result<Option<DateTime<Utc>>, String> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let local = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M"))
        .map_err(|_| tr("annl-err-send-at-format"))?;
    let at = tz
        .from_local_datetime(&local)
        .earliest()
        .ok_or_else(|| tr("annl-err-send-at-gap"))?
        .with_timezone(&Utc);
    if at <= now {
        return Err(tr("annl-err-send-at-past"));
    }
    Ok(Some(at))
}

fn check_subject(raw: &str) -> std::result::Result<String, String> {
    clean_text(raw, SUBJECT_MAX, false)
}

fn check_body(raw: &str) -> std::result::Result<String, String> {
    if raw.chars().count() > BODY_MAX {
        return Err(tr_with(
            "annl-err-body-too-long",
            &[("max", Arg::Text(&current().number(BODY_MAX as i64)))],
        ));
    }
    clean_text(raw, BODY_MAX, true)
}

/// The version in `lang` (`lang` is the default language when `required`): both
/// fields, or neither unless required; `None` with the errors recorded otherwise.
fn check_version(
    e: &mut FieldErrors,
    (lang, subject, body): Typed<'_>,
    default: Lang,
) -> Option<Option<Version>> {
    let required = lang == default;
    let (subject_field, body_field) = (
        field_name("subject", lang, default),
        field_name("body", lang, default),
    );
    let subject = e.check(&subject_field, check_subject(subject));
    let body = e.check(&body_field, check_body(body));
    // A field with an error counts as given: it has its message already.
    let subject_given = subject.as_deref().is_none_or(|s| !s.is_empty());
    let body_given = body.as_deref().is_none_or(|b| !b.trim().is_empty());
    if !required && !subject_given && !body_given {
        return Some(None);
    }
    let name = language_name(lang);
    let named = |key: &str| tr_with(key, &[("language", Arg::Text(&name))]);
    if !subject_given {
        let m = if required {
            tr("annl-err-subject-missing")
        } else {
            named("annl-err-subject-missing-in")
        };
        e.add(&subject_field, m);
    }
    if !body_given {
        let m = if required {
            tr("annl-err-body-missing")
        } else {
            named("annl-err-body-missing-in")
        };
        e.add(&body_field, m);
    }
    match (subject, body) {
        (Some(subject), Some(body)) if subject_given && body_given => Some(Some(Version {
            lang,
            subject,
            body,
        })),
        _ => None,
    }
}

impl Draft {
    /// Checks every field at once. `texts` holds what was typed per language (those
    /// not given count as empty); `default` is the conference's default language,
    /// whose version is required. `sessions` are the conference's, so a session
    /// audience must name one of them; `send_at` is read in the zone `tz`.
    pub fn parse(
        texts: &[Typed<'_>],
        default: Lang,
        audience: &str,
        send_at: &str,
        sessions: &[Session],
        tz: Tz,
        now: DateTime<Utc>,
    ) -> std::result::Result<Draft, FieldErrors> {
        let mut e = FieldErrors::new();
        let send_at = e.check("send_at", parse_send_at(send_at, tz, now));
        let typed = |lang: Lang| -> Typed<'_> {
            texts
                .iter()
                .find(|t| t.0 == lang)
                .copied()
                .unwrap_or((lang, "", ""))
        };
        let order = std::iter::once(default).chain(Lang::ALL.into_iter().filter(|l| *l != default));
        let mut versions = Vec::new();
        let mut complete = true;
        for lang in order {
            match check_version(&mut e, typed(lang), default) {
                Some(Some(v)) => versions.push(v),
                Some(None) => {}
                None => complete = false,
            }
        }
        let audience = match Audience::parse(audience) {
            Some(Audience::Session(id)) if !sessions.iter().any(|s| s.id == id) => {
                e.add("audience", tr("annl-err-audience-session"));
                None
            }
            Some(a) => Some(a),
            None => {
                e.add("audience", tr("annl-err-audience-missing"));
                None
            }
        };
        match (audience, send_at) {
            (Some(audience), Some(send_at)) if complete && e.is_empty() => Ok(Draft {
                versions,
                audience,
                send_at,
            }),
            _ => Err(e),
        }
    }

    /// The default language's version.
    pub fn default_version(&self) -> &Version {
        &self.versions[0]
    }

    /// The version a reader of `lang` gets: theirs, else the default language's.
    pub fn version_for(&self, lang: Lang) -> &Version {
        self.versions
            .iter()
            .find(|v| v.lang == lang)
            .unwrap_or_else(|| self.default_version())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::SessionId;

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
        let now = Utc::now();
        let tz = chrono_tz::Europe::Zurich;
        let texts = [(Lang::En, "  ", long.as_str()), (Lang::Fr, "", "Bonjour")];
        let e =
            Draft::parse(&texts, Lang::En, "bogus", "2001-01-01T10:00", &[], tz, now).unwrap_err();
        assert!(e.get("subject").is_some());
        assert!(e.get("body").is_some());
        assert!(e.get("subject_fr").is_some(), "half a version is refused");
        assert!(e.get("body_fr").is_none());
        assert!(e.get("audience").is_some());
        assert!(e.get("send_at").is_some());
        let texts = [
            (Lang::En, "Hello", "**Welcome**\n\nSee you"),
            (Lang::Ar, "مرحبا", "أهلا وسهلا"),
            (Lang::Fr, " ", " "),
        ];
        let ok = Draft::parse(&texts, Lang::En, "confirmed", "", &[], tz, now).unwrap();
        assert_eq!(ok.audience, Audience::Confirmed);
        assert_eq!(ok.send_at, None);
        let langs: Vec<Lang> = ok.versions.iter().map(|v| v.lang).collect();
        assert_eq!(langs, [Lang::En, Lang::Ar], "empty versions are left out");
        assert_eq!(ok.version_for(Lang::Ar).subject, "مرحبا");
        assert_eq!(ok.version_for(Lang::Ru).subject, "Hello");
    }

    #[test]
    fn the_default_language_names_the_plain_fields() {
        assert_eq!(field_name("subject", Lang::Fr, Lang::Fr), "subject");
        assert_eq!(field_name("body", Lang::Ar, Lang::Fr), "body_ar");
        let e = Draft::parse(
            &[(Lang::En, "Only English", "Text")],
            Lang::Fr,
            "confirmed",
            "",
            &[],
            chrono_tz::Europe::Paris,
            Utc::now(),
        )
        .unwrap_err();
        assert!(e.get("subject").is_some(), "French is the default here");
        assert!(e.get("body").is_some());
    }
}
