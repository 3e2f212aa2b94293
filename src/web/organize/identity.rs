//! The conference's identity in the back office: accent colour (refused with the
//! contrast it fails), organizer contact line, logo and banner uploads.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section};
use crate::db;
use crate::db::identity::Identity;
use crate::domain::FieldErrors;
use crate::domain::identity::{AccentColour, CleanImage, MAX_IMAGE_BYTES};
use crate::domain::l10n::{self, Arg};
use crate::domain::text::clean_text;
use crate::service::identity::{self as svc, Picture};
use crate::web::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};
use crate::web::upload::Upload;

#[derive(Default, Deserialize, Clone)]
pub struct IdentityForm {
    #[serde(default)]
    pub accent_colour: String,
    #[serde(default)]
    pub contact_line: String,
}

#[derive(Template)]
#[template(path = "organize/identity.html")]
pub struct IdentityPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub errors: FieldErrors,
    pub form: IdentityForm,
    /// (form field, heading, current address) of the logo and the banner.
    pub pictures: Vec<(&'static str, String, Option<String>)>,
    pub upload_hint: String,
}

fn page(
    cookie: &Cookie,
    org: &OrganizerConference,
    identity: Identity,
    errors: FieldErrors,
    form: Option<IdentityForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.unwrap_or_else(|| IdentityForm {
        accent_colour: identity.accent.map(|a| a.to_string()).unwrap_or_default(),
        contact_line: identity.contact_line.clone(),
    });
    html(&IdentityPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(&org.conference, Section::Settings),
        errors,
        form,
        pictures: vec![
            ("logo", l10n::tr("orgb-logo"), identity.logo_url()),
            ("banner", l10n::tr("orgb-banner"), identity.banner_url()),
        ],
        upload_hint: upload_hint(),
    })
}

async fn load(state: &AppState, org: &OrganizerConference) -> Result<Identity, AppError> {
    let id = org.conference.id;
    state
        .db
        .run(move |c| Ok::<_, AppError>(db::identity::of(c, id)?))
        .await
}

#[tracing::instrument(name = "organize::identity::form", skip_all)]
pub async fn form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let identity = load(&state, &org).await?;
    page(&cookie, &org, identity, FieldErrors::new(), None)
}

#[tracing::instrument(name = "organize::identity::save", skip_all)]
pub async fn save(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<IdentityForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let mut errors = FieldErrors::new();
    let accent = if form.accent_colour.trim().is_empty() {
        Some(None)
    } else {
        errors
            .check("accent_colour", AccentColour::parse(&form.accent_colour))
            .map(Some)
    };
    let contact = errors.check("contact_line", clean_text(&form.contact_line, 200, false));
    let (Some(accent), Some(contact)) = (accent, contact) else {
        let identity = load(&state, &org).await?;
        return page(&cookie, &org, identity, errors, Some(form));
    };
    let (cid, actor) = (org.conference.id, org.user.id);
    state
        .service
        .run(move |c, ctx| svc::save_identity(c, ctx, actor, cid, accent, contact))
        .await?;
    flash(&cookie, l10n::tr("orgb-flash-identity-saved"));
    Ok(see_other(&format!(
        "/organize/c/{}/identity",
        org.conference.slug
    )))
}

/// Uploads (multipart) or removes (a URL-encoded `remove` button) the logo or banner.
#[tracing::instrument(name = "organize::identity::picture", skip_all)]
pub async fn picture(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
    upload: Upload,
) -> Result<HttpResponse, AppError> {
    let which = Picture::parse(&path.1).ok_or(AppError::NotFound)?;
    let field = which.name();
    let img = if upload.field("remove").is_empty() {
        match check_upload(upload, which.max_side()).await? {
            Ok(img) => Some(img),
            Err(message) => {
                let identity = load(&state, &org).await?;
                let mut errors = FieldErrors::new();
                errors.add(field, message);
                return page(&cookie, &org, identity, errors, None);
            }
        }
    } else {
        None
    };
    let removed = img.is_none();
    let (cid, actor) = (org.conference.id, org.user.id);
    state
        .service
        .run(move |c, ctx| svc::set_picture(c, ctx, actor, cid, which, img))
        .await?;
    flash(
        &cookie,
        l10n::tr_with(
            if removed {
                "orgb-flash-picture-removed"
            } else {
                "orgb-flash-picture-saved"
            },
            &[("field", Arg::Text(field))],
        ),
    );
    Ok(see_other(&format!(
        "/organize/c/{}/identity",
        org.conference.slug
    )))
}

/// The hint under every picture upload field.
pub fn upload_hint() -> String {
    l10n::tr_with(
        "orgb-upload-hint",
        &[(
            "kb",
            Arg::Number(i64::try_from(MAX_IMAGE_BYTES / 1024).unwrap_or(0)),
        )],
    )
}

/// The upload's picture, checked and re-encoded off the event loop, or the message
/// to show next to the file field.
pub async fn check_upload(
    upload: Upload,
    max_side: u32,
) -> Result<Result<CleanImage, String>, AppError> {
    if upload.too_big {
        return Ok(Err(l10n::tr_with(
            "orgb-err-picture-too-big",
            &[(
                "kb",
                Arg::Number(i64::try_from(MAX_IMAGE_BYTES / 1024).unwrap_or(0)),
            )],
        )));
    }
    let file = upload.file;
    web::block(move || CleanImage::from_upload(&file, max_side))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("checking a picture: {e}")))
}
