//! The compose form of an announcement: what was typed (the default language's
//! subject and message, and optionally the same in the other five languages), the
//! audiences with how many people each reaches, and the page that shows them, one
//! language per block: the default language's open, each other language in a
//! `<details>` that opens when it holds text or an error. Every text field carries
//! its language's `lang` and `dir`, so Arabic is typed right to left.

use actix_session::Session as Cookie;
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section};
use crate::db::conferences::Conference;
use crate::db::sessions::Session;
use crate::domain::FieldErrors;
use crate::domain::l10n::{Arg, current, tr, tr_with};
use crate::domain::lang::Lang;
use crate::domain::status::SessionKind;
use crate::domain::zones::zone_label;
use crate::email::messages;
use crate::service::announcement_draft::{Typed, field_name, language_name};
use crate::service::announcements::{Audience, BODY_MAX, SUBJECT_MAX};
use crate::web::render::Layout;

/// The draft as typed; also what the preview page carries in hidden fields. The
/// conference's default language is in `subject`/`body`; any other language in
/// `subject_<code>`/`body_<code>` (that of the default language is ignored).
#[derive(Debug, Default, Deserialize)]
pub struct ComposeForm {
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub subject_ar: String,
    #[serde(default)]
    pub body_ar: String,
    #[serde(default)]
    pub subject_zh: String,
    #[serde(default)]
    pub body_zh: String,
    #[serde(default)]
    pub subject_en: String,
    #[serde(default)]
    pub body_en: String,
    #[serde(default)]
    pub subject_fr: String,
    #[serde(default)]
    pub body_fr: String,
    #[serde(default)]
    pub subject_ru: String,
    #[serde(default)]
    pub body_ru: String,
    #[serde(default)]
    pub subject_es: String,
    #[serde(default)]
    pub body_es: String,
    #[serde(default)]
    pub audience: String,
    /// Empty: send now; else a `datetime-local` in the conference's zone.
    #[serde(default)]
    pub send_at: String,
    /// On the preview page: "send", "test" or "edit".
    #[serde(default)]
    pub action: String,
}

impl ComposeForm {
    /// The subject and message typed for `lang`, `default` being the conference's
    /// default language.
    pub fn text(&self, lang: Lang, default: Lang) -> (&str, &str) {
        if lang == default {
            return (&self.subject, &self.body);
        }
        match lang {
            Lang::Ar => (&self.subject_ar, &self.body_ar),
            Lang::Zh => (&self.subject_zh, &self.body_zh),
            Lang::En => (&self.subject_en, &self.body_en),
            Lang::Fr => (&self.subject_fr, &self.body_fr),
            Lang::Ru => (&self.subject_ru, &self.body_ru),
            Lang::Es => (&self.subject_es, &self.body_es),
        }
    }

    /// Every language's fields, for `Draft::parse`.
    pub fn typed(&self, default: Lang) -> Vec<Typed<'_>> {
        Lang::ALL
            .into_iter()
            .map(|l| {
                let (s, b) = self.text(l, default);
                (l, s, b)
            })
            .collect()
    }
}

/// One language's block of the compose form.
pub struct LangFields {
    pub code: &'static str,
    pub dir: &'static str,
    /// "French version (Français)": the language in the reader's words and in its own.
    pub heading: String,
    /// "French": the language in the reader's words, for the field labels.
    pub name: String,
    pub subject_name: String,
    pub body_name: String,
    pub subject: String,
    pub body: String,
    /// Something was typed in it, or it has an error: the block is shown open.
    pub open: bool,
    pub filled: bool,
}

impl LangFields {
    fn new(form: &ComposeForm, lang: Lang, default: Lang, errors: &FieldErrors) -> Self {
        let (subject, body) = form.text(lang, default);
        let (subject_name, body_name) = (
            field_name("subject", lang, default),
            field_name("body", lang, default),
        );
        let filled = !subject.trim().is_empty() || !body.trim().is_empty();
        LangFields {
            code: lang.code(),
            dir: lang.dir(),
            heading: heading(lang),
            name: language_name(lang),
            open: filled || errors.get(&subject_name).is_some() || errors.get(&body_name).is_some(),
            filled,
            subject: subject.to_string(),
            body: body.to_string(),
            subject_name,
            body_name,
        }
    }
}

/// "French version (Français)", or "Version en français" for a reader of French.
pub fn heading(lang: Lang) -> String {
    let name = language_name(lang);
    if current() == lang {
        tr_with("annl-heading-own", &[("language", Arg::Text(&name))])
    } else {
        tr_with(
            "annl-heading",
            &[
                ("language", Arg::Text(&name)),
                ("native", Arg::Text(lang.native_name())),
            ],
        )
    }
}

pub struct AudienceOption {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct AudienceGroup {
    pub label: String,
    pub options: Vec<AudienceOption>,
}

#[derive(Template)]
#[template(path = "organize/announcements/new.html")]
pub struct ComposePage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub action: String,
    pub errors: FieldErrors,
    /// The conference's default language: required.
    pub main: LangFields,
    /// The other five, optional.
    pub others: Vec<LangFields>,
    pub send_at: String,
    pub groups: Vec<AudienceGroup>,
    pub subject_hint: String,
    pub body_hint: String,
    pub others_hint: String,
    pub send_at_hint: String,
}

/// The audiences, each labelled with how many people it reaches now (`counts` from
/// `announcements::audience_counts`).
fn groups(sessions: &[Session], chosen: &str, counts: &[(String, usize)]) -> Vec<AudienceGroup> {
    let o = |value: String, label: String| {
        let n = counts
            .iter()
            .find(|(v, _)| *v == value)
            .map_or(0, |(_, n)| *n);
        AudienceOption {
            selected: value == chosen,
            label: tr_with(
                "org-ann-audience-option",
                &[
                    ("label", Arg::Text(&label)),
                    ("count", Arg::Number(n as i64)),
                    ("n", Arg::Text(&current().number(n as i64))),
                ],
            ),
            value,
        }
    };
    vec![
        AudienceGroup {
            label: tr("org-ann-group-registrants"),
            options: vec![
                o("confirmed".into(), tr("org-ann-audience-confirmed")),
                o("waitlisted".into(), tr("org-ann-audience-waitlisted")),
                o("staff".into(), tr("org-ann-audience-staff")),
            ],
        },
        AudienceGroup {
            label: tr("org-ann-group-session"),
            options: sessions
                .iter()
                .filter(|s| s.kind != SessionKind::Break && !s.cancelled)
                .map(|s| {
                    o(
                        Audience::Session(s.id).as_param(),
                        tr_with(
                            "org-ann-audience-session",
                            &[("title", Arg::Text(&s.title))],
                        ),
                    )
                })
                .collect(),
        },
    ]
}

pub fn compose_page(
    cookie: &Cookie,
    conf: &Conference,
    (sessions, counts): &(Vec<Session>, Vec<(String, usize)>),
    errors: FieldErrors,
    form: &ComposeForm,
) -> ComposePage {
    let default = conf.default_language;
    ComposePage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(conf, Section::Announcements),
        action: format!("/organize/c/{}/announcements/new", conf.slug),
        main: LangFields::new(form, default, default, &errors),
        others: Lang::ALL
            .into_iter()
            .filter(|l| *l != default)
            .map(|l| LangFields::new(form, l, default, &errors))
            .collect(),
        errors,
        send_at: form.send_at.clone(),
        groups: groups(sessions, &form.audience, counts),
        subject_hint: tr_with(
            "org-ann-subject-hint",
            &[
                ("max", Arg::Text(&current().number(SUBJECT_MAX as i64))),
                (
                    "example",
                    Arg::Text(&messages::announcement_subject(conf, "…")),
                ),
            ],
        ),
        body_hint: tr_with(
            "org-ann-body-hint",
            &[
                ("greeting", Arg::Text(&tr("org-ann-greeting-preview"))),
                ("max", Arg::Text(&current().number(BODY_MAX as i64))),
            ],
        ),
        others_hint: tr_with(
            "annl-others-hint",
            &[("language", Arg::Text(&language_name(default)))],
        ),
        send_at_hint: tr_with(
            "org-ann-send-at-hint",
            &[("zone", Arg::Text(&zone_label(conf.tz, current())))],
        ),
    }
}
