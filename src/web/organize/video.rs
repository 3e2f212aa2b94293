//! `/organize/c/{slug}/video`: the conference's video platform (none, a link per
//! session, BigBlueButton or Jitsi), its address and secrets (never shown again once
//! saved: an empty secret field keeps the stored one), a "test connection" button
//! (BigBlueButton's `getMeetings`), and each session's video options (recording, a
//! stream for large audiences, the meeting's audience cap).

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section};
use crate::db;
use crate::db::conferences::Conference;
use crate::db::video::{SessionVideo, Settings};
use crate::domain::FieldErrors;
use crate::domain::l10n::{self, Arg};
use crate::domain::secret::Secret;
use crate::domain::video::Platform;
use crate::domain::video::bbb::{ChecksumAlgorithm, Server};
use crate::service::video as svc;
use crate::web::AppState;
use crate::web::csrf::{Csrf, CsrfForm};
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};

/// One session's line in the list.
pub struct SessionLine {
    pub title: String,
    pub href: String,
    pub summary: String,
}

#[derive(Template)]
#[template(path = "organize/video.html")]
pub struct VideoPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub errors: FieldErrors,
    pub form: VideoForm,
    pub platforms: [Platform; 4],
    /// Whether a secret is stored (the page says so, never what it is).
    pub has_bbb_secret: bool,
    pub has_jitsi_secret: bool,
    /// The outcome of "test connection", in words.
    pub test_result: Option<(bool, String)>,
    pub sessions: Vec<SessionLine>,
}

/// The form, with the field names. Secrets are never filled in.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct VideoForm {
    #[serde(default)]
    pub video_platform: String,
    #[serde(default)]
    pub bbb_url: String,
    #[serde(default)]
    pub bbb_secret: String,
    #[serde(default)]
    pub bbb_checksum: String,
    #[serde(default)]
    pub jitsi_domain: String,
    #[serde(default)]
    pub jitsi_app_id: String,
    #[serde(default)]
    pub jitsi_secret: String,
}

fn form_from(conf: &Conference, s: &Settings) -> VideoForm {
    VideoForm {
        video_platform: conf.video_platform.as_str().into(),
        bbb_url: s.bbb_url.clone().unwrap_or_default(),
        bbb_secret: String::new(),
        bbb_checksum: s.checksum().as_str().into(),
        jitsi_domain: s.jitsi_domain.clone().unwrap_or_default(),
        jitsi_app_id: s.jitsi_app_id.clone().unwrap_or_default(),
        jitsi_secret: String::new(),
    }
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

fn web_address(s: &str) -> Result<Option<String>, String> {
    match opt(s) {
        None => Ok(None),
        Some(u)
            if (u.starts_with("https://") || u.starts_with("http://"))
                && !u.contains(char::is_whitespace) =>
        {
            Ok(Some(u))
        }
        Some(_) => Err(l10n::tr("orgb-err-web-address")),
    }
}

/// Parses the form; `stored` says which secrets are already kept.
fn parse(f: &VideoForm, stored: &Settings) -> Result<(Platform, Settings), FieldErrors> {
    let mut e = FieldErrors::new();
    let platform = e.check(
        "video_platform",
        Platform::parse(&f.video_platform).ok_or_else(|| l10n::tr("orgb-err-platform")),
    );
    let bbb_url = e.check("bbb_url", web_address(&f.bbb_url)).flatten();
    let bbb_secret = opt(&f.bbb_secret).map(Secret::new);
    let checksum = ChecksumAlgorithm::parse(&f.bbb_checksum).unwrap_or(ChecksumAlgorithm::Sha256);
    let jitsi_domain = opt(&f.jitsi_domain);
    let jitsi_app_id = opt(&f.jitsi_app_id);
    let jitsi_secret = opt(&f.jitsi_secret).map(Secret::new);
    if jitsi_domain
        .as_deref()
        .is_some_and(|d| d.contains(char::is_whitespace))
    {
        e.add("jitsi_domain", l10n::tr("orgb-err-jitsi-domain-spaces"));
    }
    match platform {
        Some(Platform::Bbb) => {
            if bbb_url.is_none() && e.get("bbb_url").is_none() {
                e.add("bbb_url", l10n::tr("orgb-err-bbb-url"));
            }
            if bbb_secret.is_none() && stored.bbb_secret.is_none() {
                e.add("bbb_secret", l10n::tr("orgb-err-bbb-secret"));
            }
        }
        Some(Platform::Jitsi) => {
            if jitsi_domain.is_none() {
                e.add("jitsi_domain", l10n::tr("orgb-err-jitsi-domain"));
            }
            if jitsi_app_id.is_none() {
                e.add("jitsi_app_id", l10n::tr("orgb-err-jitsi-app-id"));
            }
            if jitsi_secret.is_none() && stored.jitsi_secret.is_none() {
                e.add("jitsi_secret", l10n::tr("orgb-err-jitsi-secret"));
            }
        }
        _ => {}
    }
    match (platform, e.is_empty()) {
        (Some(p), true) => Ok((
            p,
            Settings {
                bbb_url,
                bbb_secret,
                bbb_checksum: Some(checksum),
                jitsi_domain,
                jitsi_app_id,
                jitsi_secret,
            },
        )),
        _ => Err(e),
    }
}

async fn page(
    state: &AppState,
    cookie: &Cookie,
    conf: &Conference,
    form: Option<VideoForm>,
    errors: FieldErrors,
    test_result: Option<(bool, String)>,
) -> Result<HttpResponse, AppError> {
    let cid = conf.id;
    let (settings, sessions) = state
        .db
        .run(move |c| {
            let settings = db::video::settings(c, cid)?;
            let sessions = db::sessions::for_conference(c, cid)?;
            let mut lines = Vec::new();
            for s in sessions {
                let v = db::video::session_video(c, s.id)?;
                lines.push((s, v));
            }
            Ok::<_, AppError>((settings, lines))
        })
        .await?;
    let slug = &conf.slug;
    html(&VideoPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(conf, Section::Video),
        errors,
        form: form.unwrap_or_else(|| form_from(conf, &settings)),
        platforms: Platform::ALL,
        has_bbb_secret: settings.bbb_secret.is_some(),
        has_jitsi_secret: settings.jitsi_secret.is_some(),
        test_result,
        sessions: sessions
            .into_iter()
            .map(|(s, v)| SessionLine {
                href: format!("/organize/c/{slug}/sessions/{}/video", s.id),
                summary: summary(&v),
                title: s.title,
            })
            .collect(),
    })
}

fn summary(v: &SessionVideo) -> String {
    let record = l10n::tr(if v.record {
        "orgb-video-recorded"
    } else {
        "orgb-video-not-recorded"
    });
    let stream = l10n::tr(if v.stream_url.is_some() {
        "orgb-video-stream-set"
    } else {
        "orgb-video-no-stream"
    });
    let cap = l10n::tr_count("orgb-video-audience-cap", i64::from(v.audience_cap));
    format!("{record}; {stream}; {cap}")
}

#[tracing::instrument(name = "organize::video::settings", skip_all, fields(conference = %org.conference.id))]
pub async fn settings(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    page(
        &state,
        &cookie,
        &org.conference,
        None,
        FieldErrors::new(),
        None,
    )
    .await
}

#[tracing::instrument(name = "organize::video::save", skip_all, fields(conference = %org.conference.id, user = %org.user.id))]
pub async fn save(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<VideoForm>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let mut form = form.into_inner();
    let cid = conf.id;
    let stored = state
        .db
        .run(move |c| Ok::<_, AppError>(db::video::settings(c, cid)?))
        .await?;
    let (platform, settings) = match parse(&form, &stored) {
        Ok(p) => p,
        Err(errors) => {
            // Secrets typed are not echoed back into the page.
            form.bbb_secret.clear();
            form.jitsi_secret.clear();
            return page(&state, &cookie, &conf, Some(form), errors, None).await;
        }
    };
    let actor = org.user.id;
    state
        .service
        .run(move |c, ctx| svc::save_settings(c, ctx, cid, actor, platform, &settings))
        .await?;
    flash(&cookie, l10n::tr("orgb-flash-video-saved"));
    Ok(see_other(&format!("/organize/c/{}/video", conf.slug)))
}

/// "Test connection": calls BigBlueButton's `getMeetings` with the stored settings
/// and says what happened.
#[tracing::instrument(name = "organize::video::test", skip_all, fields(conference = %org.conference.id))]
pub async fn test_connection(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    _: Csrf,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let cid = conf.id;
    let settings = state
        .db
        .run(move |c| Ok::<_, AppError>(db::video::settings(c, cid)?))
        .await?;
    let result = match (conf.video_platform, &settings.bbb_url, &settings.bbb_secret) {
        (Platform::Bbb, Some(url), Some(secret)) => {
            let server = Server {
                url,
                secret: secret.expose(),
                algorithm: settings.checksum(),
            };
            let call = Secret::new(server.get_meetings_url());
            match crate::video::call_bbb(&call).await {
                Ok(()) => (true, l10n::tr("orgb-video-test-ok")),
                Err(e) => (
                    false,
                    l10n::tr_with(
                        "orgb-video-test-failed",
                        &[("error", Arg::Text(&e.to_string()))],
                    ),
                ),
            }
        }
        (Platform::Bbb, _, _) => (false, l10n::tr("orgb-video-test-save-first")),
        (Platform::Jitsi, _, _) => (true, l10n::tr("orgb-video-test-jitsi")),
        _ => (false, l10n::tr("orgb-video-test-choose")),
    };
    page(
        &state,
        &cookie,
        &conf,
        None,
        FieldErrors::new(),
        Some(result),
    )
    .await
}

#[derive(Template)]
#[template(path = "organize/session_video.html")]
pub struct SessionVideoPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub session_title: String,
    pub action: String,
    pub errors: FieldErrors,
    pub form: SessionVideoForm,
}

#[derive(Clone, Debug, Default, Deserialize)]
pub struct SessionVideoForm {
    #[serde(default)]
    pub record: String,
    #[serde(default)]
    pub stream_url: String,
    #[serde(default)]
    pub audience_cap: String,
}

fn parse_session(f: &SessionVideoForm) -> Result<SessionVideo, FieldErrors> {
    let mut e = FieldErrors::new();
    let stream_url = e.check("stream_url", web_address(&f.stream_url)).flatten();
    let cap = e.check(
        "audience_cap",
        f.audience_cap
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|n| (1..=100_000).contains(n))
            .ok_or_else(|| l10n::tr("orgb-err-audience-cap")),
    );
    match (cap, e.is_empty()) {
        (Some(audience_cap), true) => Ok(SessionVideo {
            record: f.record == "yes",
            stream_url,
            audience_cap,
        }),
        _ => Err(e),
    }
}

fn session_page(
    cookie: &Cookie,
    conf: &Conference,
    title: &str,
    sid: &str,
    form: SessionVideoForm,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    html(&SessionVideoPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(conf, Section::Video),
        session_title: title.to_string(),
        action: format!("/organize/c/{}/sessions/{sid}/video", conf.slug),
        errors,
        form,
    })
}

#[tracing::instrument(name = "organize::video::session_form", skip_all, fields(conference = %org.conference.id))]
pub async fn session_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let session = org.session.ok_or(AppError::NotFound)?;
    let sid = session.id;
    let v = state
        .db
        .run(move |c| Ok::<_, AppError>(db::video::session_video(c, sid)?))
        .await?;
    let form = SessionVideoForm {
        record: if v.record {
            "yes".into()
        } else {
            String::new()
        },
        stream_url: v.stream_url.unwrap_or_default(),
        audience_cap: v.audience_cap.to_string(),
    };
    session_page(
        &cookie,
        &org.conference,
        &session.title,
        &sid.to_string(),
        form,
        FieldErrors::new(),
    )
}

#[tracing::instrument(name = "organize::video::save_session", skip_all, fields(conference = %org.conference.id, user = %org.user.id))]
pub async fn save_session(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<SessionVideoForm>,
) -> Result<HttpResponse, AppError> {
    let session = org.session.ok_or(AppError::NotFound)?;
    let form = form.into_inner();
    let options = match parse_session(&form) {
        Ok(v) => v,
        Err(errors) => {
            return session_page(
                &cookie,
                &org.conference,
                &session.title,
                &session.id.to_string(),
                form,
                errors,
            );
        }
    };
    let (cid, actor, sid) = (org.conference.id, org.user.id, session.id);
    state
        .service
        .run(move |c, ctx| svc::save_session_video(c, ctx, cid, actor, sid, &options))
        .await?;
    flash(&cookie, l10n::tr("orgb-flash-session-video-saved"));
    Ok(see_other(&format!(
        "/organize/c/{}/video",
        org.conference.slug
    )))
}

/// A video platform as the organizer reads it (the product names stay as they are).
pub fn platform_label(platform: &crate::domain::video::Platform) -> String {
    use crate::domain::video::Platform;
    match platform {
        Platform::None => crate::domain::l10n::tr("video-platform-none"),
        Platform::Link => crate::domain::l10n::tr("video-platform-link"),
        other => other.label().to_string(),
    }
}
