//! Organizers editing the public profile of a moderator or speaker of their
//! conference (the person can edit it too, at `/account/profile`). Only people who
//! hold a session role in this conference can be edited from it.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};

use crate::db;
use crate::domain::l10n::{Arg, tr, tr_with};
use crate::domain::profile::ProfileForm;
use crate::domain::{FieldErrors, UserId};
use crate::web::AppState;
use crate::web::account::profile::{Place, load, photo_for, render, save_for};
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::upload::Upload;

/// The person `{person}` if they moderate or speak in this conference, with the page's place.
async fn person(
    state: &AppState,
    org: &OrganizerConference,
    raw: &str,
) -> Result<(UserId, Place), AppError> {
    let person = UserId::parse(raw).ok_or(AppError::NotFound)?;
    let cid = org.conference.id;
    let name = state
        .db
        .run(move |c| {
            Ok::<_, AppError>(
                db::sessions::for_conference(c, cid)?
                    .into_iter()
                    .flat_map(|s| s.people)
                    .find(|p| p.user_id == person)
                    .map(|p| p.name),
            )
        })
        .await?
        .ok_or(AppError::NotFound)?;
    let slug = &org.conference.slug;
    Ok((
        person,
        Place {
            heading: tr_with("org-profile-heading", &[("name", Arg::Text(&name))]),
            back: (format!("/organize/c/{slug}/people"), tr("org-people-title")),
            action: format!("/organize/c/{slug}/people/{person}/profile"),
        },
    ))
}

#[tracing::instrument(name = "organize::profiles::form", skip_all)]
pub async fn form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, place) = person(&state, &org, &path.1).await?;
    let profile = load(&state, id).await?;
    render(&cookie, place, &profile, FieldErrors::new(), None)
}

#[tracing::instrument(name = "organize::profiles::save", skip_all)]
pub async fn save(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
    form: CsrfForm<ProfileForm>,
) -> Result<HttpResponse, AppError> {
    let (id, place) = person(&state, &org, &path.1).await?;
    let (actor, cid) = (org.user.id, org.conference.id);
    save_for(
        &state,
        &cookie,
        place,
        actor,
        id,
        Some(cid),
        form.into_inner(),
    )
    .await
}

#[tracing::instrument(name = "organize::profiles::photo", skip_all)]
pub async fn photo(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
    upload: Upload,
) -> Result<HttpResponse, AppError> {
    let (id, place) = person(&state, &org, &path.1).await?;
    let (actor, cid) = (org.user.id, org.conference.id);
    photo_for(&state, &cookie, place, actor, id, Some(cid), upload).await
}
