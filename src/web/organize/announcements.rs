//! `/organize/c/{slug}/announcements`: the announcements sent so far (one per outbox
//! batch, with its queued/sent/failed counts), composing one, previewing it (the
//! cleaned HTML and the number of recipients), sending it, and its progress page,
//! which `static/app.js` refreshes from `{batch}.json` while mail is still queued.
//!
//! Compose → preview → send is three requests: the preview page carries the draft in
//! hidden fields and the send handler checks it again, so what is sent is exactly
//! what was checked, and nothing is stored until "Send" is pressed. From the preview,
//! "Send a test to me" mails the draft to the organiser alone and shows the preview
//! again. The compose form shows how many people each audience reaches, the
//! greeting every message starts with, and an optional time to send at.
//!
//! An announcement is written in the conference's default language and optionally
//! in the other five (the form lives in `announcement_form.rs`); the preview shows
//! each version as its readers will see it and how many recipients get it.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::announcement_form::{ComposeForm, compose_page, heading};
use super::registrations::when;
use super::{OrgNav, Section};
use crate::db::conferences::Conference;
use crate::db::sessions::Session;
use crate::domain::FieldErrors;
use crate::domain::l10n::{self, Arg, current, tr, tr_with};
use crate::domain::markdown::to_mail_html;
use crate::domain::timefmt::datetime_local_input;
use crate::email::messages;
use crate::email::outbox::{self, StatusCounts};
use crate::service::announcement_draft::{field_name, language_name};
use crate::service::announcements::{self as ann, Audience, Draft, KIND, Recipient};
use crate::web::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};
use crate::{db, domain::ConferenceId};

pub struct BatchRow {
    pub href: String,
    pub subject: String,
    pub created: String,
    pub counts: StatusCounts,
}

#[derive(Template)]
#[template(path = "organize/announcements/index.html")]
pub struct IndexPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub new_href: String,
    pub batches: Vec<BatchRow>,
}

#[tracing::instrument(
    name = "organize::announcements::index",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn index(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let cid = conf.id;
    let (list, subjects) = state
        .db
        .run(move |c| {
            Ok::<_, AppError>((
                outbox::batches(c, cid, KIND)?,
                db::announcement_versions::default_subjects(c, cid)?,
            ))
        })
        .await?;
    let subjects: std::collections::HashMap<String, String> = subjects.into_iter().collect();
    let base = format!("/organize/c/{}/announcements", conf.slug);
    html(&IndexPage {
        layout: Layout::from_cookie(&cookie),
        new_href: format!("{base}/new"),
        batches: list
            .into_iter()
            .map(|b| BatchRow {
                href: format!("{base}/{}", b.batch_id),
                created: when(db::from_db_time(b.created_at), conf.tz),
                subject: match subjects.get(&b.batch_id) {
                    Some(s) => messages::announcement_subject(&conf, s),
                    None => b.subject,
                },
                counts: StatusCounts {
                    queued: b.queued,
                    sent: b.sent,
                    failed: b.failed,
                    cancelled: b.cancelled,
                },
            })
            .collect(),
        nav: OrgNav::new(&conf, Section::Announcements),
    })
}

// ---------------------------------------------------------------- compose, preview

/// One language's version on the preview page, as its readers will see it.
pub struct VersionPreview {
    pub code: &'static str,
    pub dir: &'static str,
    pub heading: String,
    /// The subject as recipients see it ("[IP&AI] …").
    pub full_subject: String,
    /// The greeting each recipient's copy starts with, in the version's language.
    pub greeting: String,
    pub preview_html: String,
    /// "Goes to 12 recipients who read French."
    pub reach: String,
    /// The hidden fields that carry it to "Send".
    pub subject_name: String,
    pub body_name: String,
    pub subject: String,
    pub body: String,
}

#[derive(Template)]
#[template(path = "organize/announcements/preview.html")]
pub struct PreviewPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub action: String,
    /// The default language's subject.
    pub subject: String,
    pub versions: Vec<VersionPreview>,
    /// How many test messages "Send a test to me" sends: one per version.
    pub version_count: i64,
    pub audience: String,
    pub audience_label: String,
    pub recipients: i64,
    /// "It will go to 12 recipients: all confirmed registrants, on …."
    pub lead: String,
    /// The `send_at` form value, and the same time written out; empty: now.
    pub send_at: String,
    pub send_at_label: String,
    /// Set after "Send a test to me": the address the test went to.
    pub test_sent_to: Option<String>,
}

/// The conference's sessions and how many people each audience reaches.
async fn audiences_of(
    state: &AppState,
    conf: ConferenceId,
) -> Result<(Vec<Session>, Vec<(String, usize)>), AppError> {
    state
        .db
        .run(move |c| {
            let sessions = db::sessions::for_conference(c, conf)?;
            let counts = ann::audience_counts(c, conf, &sessions)?;
            Ok::<_, AppError>((sessions, counts))
        })
        .await
}

#[tracing::instrument(
    name = "organize::announcements::compose",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn compose(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let audiences = audiences_of(&state, conf.id).await?;
    let form = ComposeForm {
        audience: "confirmed".into(),
        ..ComposeForm::default()
    };
    html(&compose_page(
        &cookie,
        &conf,
        &audiences,
        FieldErrors::new(),
        &form,
    ))
}

/// Checks the draft; shows every error at once, or the preview with its recipients.
#[tracing::instrument(
    name = "organize::announcements::preview",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn preview(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<ComposeForm>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let audiences = audiences_of(&state, conf.id).await?;
    let sessions = &audiences.0;
    let draft = match Draft::parse(
        &form.typed(conf.default_language),
        conf.default_language,
        &form.audience,
        &form.send_at,
        sessions,
        conf.tz,
        state.clock.now(),
    ) {
        Ok(d) => d,
        Err(errors) => return html(&compose_page(&cookie, &conf, &audiences, errors, &form)),
    };
    let recipients = recipients_of(&state, conf.id, draft.audience).await?;
    if recipients.is_empty() {
        let mut errors = FieldErrors::new();
        errors.add("audience", tr("org-ann-audience-empty"));
        return html(&compose_page(&cookie, &conf, &audiences, errors, &form));
    }
    html(&preview_page(
        &cookie,
        &conf,
        sessions,
        draft,
        &recipients,
        None,
    ))
}

/// Whom an announcement goes to, in the reader's language ("all confirmed registrants").
fn audience_text(audience: &Audience, sessions: &[Session]) -> String {
    match audience {
        Audience::Confirmed => tr("org-ann-to-confirmed"),
        Audience::Waitlisted => tr("org-ann-to-waitlisted"),
        Audience::Staff => tr("org-ann-to-staff"),
        Audience::Session(id) => match sessions.iter().find(|s| s.id == *id) {
            Some(s) => tr_with("org-ann-to-session", &[("title", Arg::Text(&s.title))]),
            None => tr("org-ann-to-a-session"),
        },
    }
}

/// "It will go to 12 recipients: all confirmed registrants, on Tuesday 7 July …."
fn lead(audience: &str, recipients: usize, send_at: &str) -> String {
    let n = current().number(recipients as i64);
    let mut args = vec![
        ("count", Arg::Number(recipients as i64)),
        ("n", Arg::Text(&n)),
        ("audience", Arg::Text(audience)),
    ];
    if send_at.is_empty() {
        tr_with("org-ann-lead", &args)
    } else {
        args.push(("when", Arg::Text(send_at)));
        tr_with("org-ann-lead-scheduled", &args)
    }
}

async fn recipients_of(
    state: &AppState,
    conf: ConferenceId,
    audience: Audience,
) -> Result<Vec<Recipient>, AppError> {
    state
        .db
        .run(move |c| Ok::<_, AppError>(ann::recipients(c, conf, audience)?))
        .await
}

fn preview_page(
    cookie: &Cookie,
    conf: &Conference,
    sessions: &[Session],
    draft: Draft,
    recipients: &[Recipient],
    test_sent_to: Option<String>,
) -> PreviewPage {
    let send_at_label = draft
        .send_at
        .map(|t| messages::local_start(t, conf.tz))
        .unwrap_or_default();
    let split = ann::language_split(recipients, &draft, conf);
    let default = conf.default_language;
    let versions = draft
        .versions
        .iter()
        .zip(&split)
        .map(|(v, (_, n))| VersionPreview {
            code: v.lang.code(),
            dir: v.lang.dir(),
            heading: heading(v.lang),
            full_subject: messages::announcement_subject(conf, &v.subject),
            greeting: l10n::t(v.lang, "org-ann-greeting-preview"),
            preview_html: to_mail_html(&v.body),
            reach: tr_with(
                if v.lang == default {
                    "annl-reach-default"
                } else {
                    "annl-reach"
                },
                &[
                    ("count", Arg::Number(*n as i64)),
                    ("n", Arg::Text(&current().number(*n as i64))),
                    ("language", Arg::Text(&language_name(v.lang))),
                ],
            ),
            subject_name: field_name("subject", v.lang, default),
            body_name: field_name("body", v.lang, default),
            subject: v.subject.clone(),
            body: v.body.clone(),
        })
        .collect();
    PreviewPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(conf, Section::Announcements),
        action: format!("/organize/c/{}/announcements/send", conf.slug),
        lead: lead(
            &audience_text(&draft.audience, sessions),
            recipients.len(),
            &send_at_label,
        ),
        audience_label: audience_text(&draft.audience, sessions),
        audience: draft.audience.as_param(),
        send_at: draft
            .send_at
            .map(|t| datetime_local_input(&t.with_timezone(&conf.tz)))
            .unwrap_or_default(),
        send_at_label,
        subject: draft.default_version().subject.clone(),
        version_count: draft.versions.len() as i64,
        versions,
        recipients: recipients.len() as i64,
        test_sent_to,
    }
}

/// "Send" writes the batch in one transaction and shows its progress; "Change"
/// goes back to the form with the draft.
#[tracing::instrument(
    name = "organize::announcements::send",
    skip_all,
    fields(conference = %org.conference.id, user = %org.user.id)
)]
pub async fn send(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<ComposeForm>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let audiences = audiences_of(&state, conf.id).await?;
    let sessions = &audiences.0;
    // Only the preview's "Send" and "Send a test" buttons send; anything else goes
    // back to the form.
    if form.action != "send" && form.action != "test" {
        return html(&compose_page(
            &cookie,
            &conf,
            &audiences,
            FieldErrors::new(),
            &form,
        ));
    }
    let draft = match Draft::parse(
        &form.typed(conf.default_language),
        conf.default_language,
        &form.audience,
        &form.send_at,
        sessions,
        conf.tz,
        state.clock.now(),
    ) {
        Ok(d) => d,
        Err(errors) => return html(&compose_page(&cookie, &conf, &audiences, errors, &form)),
    };
    if form.action == "test" {
        return send_test(state, cookie, org.user, conf, sessions.clone(), draft).await;
    }
    let label = draft.audience.describe(sessions);
    let scheduled = draft.send_at;
    let conf2 = conf.clone();
    let actor = org.user.id;
    let sent = state
        .service
        .run(move |c, ctx| ann::send(c, ctx, &conf2, actor, &draft, &label))
        .await?;
    let Some((batch, n)) = sent else {
        let mut errors = FieldErrors::new();
        errors.add("audience", tr("org-ann-audience-empty"));
        return html(&compose_page(&cookie, &conf, &audiences, errors, &form));
    };
    flash(
        &cookie,
        match scheduled {
            Some(at) => tr_with(
                "org-ann-flash-scheduled",
                &[
                    ("count", Arg::Number(n as i64)),
                    ("n", Arg::Text(&current().number(n as i64))),
                    ("when", Arg::Text(&messages::local_start(at, conf.tz))),
                ],
            ),
            None => tr_with(
                "org-ann-flash-sent",
                &[
                    ("count", Arg::Number(n as i64)),
                    ("n", Arg::Text(&current().number(n as i64))),
                ],
            ),
        },
    );
    Ok(see_other(&format!(
        "/organize/c/{}/announcements/{batch}",
        conf.slug
    )))
}

/// Mails the draft to the signed-in organiser alone and shows the preview again.
async fn send_test(
    state: web::Data<AppState>,
    cookie: Cookie,
    me: crate::db::users::User,
    conf: Conference,
    sessions: Vec<Session>,
    draft: Draft,
) -> Result<HttpResponse, AppError> {
    let (conf2, draft2) = (conf.clone(), draft.clone());
    let (to, name) = (me.email.clone(), me.name.clone());
    state
        .service
        .run(move |c, ctx| ann::send_test(c, ctx, &conf2, &to, &name, &draft2))
        .await?;
    let recipients = recipients_of(&state, conf.id, draft.audience).await?;
    let to = me.email.as_str().to_string();
    html(&preview_page(
        &cookie,
        &conf,
        &sessions,
        draft,
        &recipients,
        Some(to),
    ))
}
