//! A speaker's or moderator's public profile, edited by the person at
//! `/account/profile` (and by the conference's organizers through
//! [`crate::web::organize::profiles`], which shares this page): honorific, function,
//! organisation, country, biography, photo, and the consent to be shown.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::db;
use crate::domain::l10n::{tr, tr_count};
use crate::domain::profile::{MAX_BIOGRAPHY, Profile, ProfileForm};
use crate::domain::{ConferenceId, FieldErrors, UserId};
use crate::service::identity as svc;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::CurrentUser;
use crate::web::organize::identity::check_upload;
use crate::web::render::{Layout, flash, html, see_other};
use crate::web::upload::Upload;
use crate::web::{AppState, CountryOption, country_options};

/// Largest side of a stored photo, in pixels.
pub const PHOTO_SIDE: u32 = 400;

#[derive(Template)]
#[template(path = "account/profile.html")]
pub struct ProfilePage {
    pub layout: Layout,
    /// Whose profile: "Your public profile" or the person's name.
    pub heading: String,
    pub back: (String, String),
    pub action: String,
    pub errors: FieldErrors,
    pub form: ProfileForm,
    pub photo: Option<String>,
    pub countries: Vec<CountryOption>,
    pub upload_hint: String,
    pub bio_hint: String,
}

/// Where a profile page is, and what it links back to.
pub struct Place {
    pub heading: String,
    pub back: (String, String),
    pub action: String,
}

pub async fn load(state: &AppState, person: UserId) -> Result<Profile, AppError> {
    state
        .db
        .run(move |c| Ok::<_, AppError>(db::profiles::of(c, person)?.unwrap_or_default()))
        .await
}

pub fn render(
    cookie: &Cookie,
    place: Place,
    profile: &Profile,
    errors: FieldErrors,
    form: Option<ProfileForm>,
) -> Result<HttpResponse, AppError> {
    html(&ProfilePage {
        layout: Layout::from_cookie(cookie),
        heading: place.heading,
        back: place.back,
        action: place.action,
        errors,
        form: form.unwrap_or_else(|| ProfileForm::from_profile(profile)),
        photo: profile.photo.as_ref().map(|h| format!("/images/{h}")),
        countries: country_options(),
        upload_hint: crate::web::organize::identity::upload_hint(),
        bio_hint: tr_count("acc-profile-biography-hint", MAX_BIOGRAPHY as i64),
    })
}

/// Saves the profile form for `person`, re-rendering it with every error.
pub async fn save_for(
    state: &AppState,
    cookie: &Cookie,
    place: Place,
    actor: UserId,
    person: UserId,
    conference: Option<ConferenceId>,
    form: ProfileForm,
) -> Result<HttpResponse, AppError> {
    let profile = match form.parse(None) {
        Ok(p) => p,
        Err(errors) => {
            let current = load(state, person).await?;
            return render(cookie, place, &current, errors, Some(form));
        }
    };
    state
        .service
        .run(move |c, ctx| svc::save_profile(c, ctx, actor, person, conference, profile))
        .await?;
    flash(cookie, tr("acc-profile-saved"));
    Ok(see_other(&place.action))
}

/// Stores (multipart) or removes (the `remove` button) the photo of `person`.
pub async fn photo_for(
    state: &AppState,
    cookie: &Cookie,
    place: Place,
    actor: UserId,
    person: UserId,
    conference: Option<ConferenceId>,
    upload: Upload,
) -> Result<HttpResponse, AppError> {
    let img = if upload.field("remove").is_empty() {
        match check_upload(upload, PHOTO_SIDE).await? {
            Ok(img) => Some(img),
            Err(message) => {
                let current = load(state, person).await?;
                let mut errors = FieldErrors::new();
                errors.add("photo", message);
                return render(cookie, place, &current, errors, None);
            }
        }
    } else {
        None
    };
    let removed = img.is_none();
    state
        .service
        .run(move |c, ctx| svc::set_photo(c, ctx, actor, person, conference, img))
        .await?;
    flash(
        cookie,
        tr(if removed {
            "acc-photo-removed"
        } else {
            "acc-photo-saved"
        }),
    );
    Ok(see_other(&place.action))
}

fn own() -> Place {
    Place {
        heading: tr("acc-profile-own-heading"),
        back: ("/account".into(), tr("acc-title")),
        action: "/account/profile".into(),
    }
}

#[tracing::instrument(name = "account::profile::form", skip_all, fields(user = %user.0.id))]
pub async fn form(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let profile = load(&state, user.0.id).await?;
    render(&cookie, own(), &profile, FieldErrors::new(), None)
}

#[tracing::instrument(name = "account::profile::save", skip_all, fields(user = %user.0.id))]
pub async fn save(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    form: CsrfForm<ProfileForm>,
) -> Result<HttpResponse, AppError> {
    let id = user.0.id;
    save_for(&state, &cookie, own(), id, id, None, form.into_inner()).await
}

#[tracing::instrument(name = "account::profile::photo", skip_all, fields(user = %user.0.id))]
pub async fn photo(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    upload: Upload,
) -> Result<HttpResponse, AppError> {
    let id = user.0.id;
    photo_for(&state, &cookie, own(), id, id, None, upload).await
}
