//! Check-in with undo. A moderator marks an attendee present or absent; the change
//! records who made it (`enrollments.checked_in_by`) and goes to the audit log in the
//! same transaction ([`crate::service::moderation`]). Every change is a
//! compare-and-set on the stored arrival time, so two moderators clicking at once
//! settle on one outcome.
//!
//! Undo keeps the previous state in the encrypted login cookie ([`super::undo`]). An
//! undo after someone else changed the same line does nothing and says so.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::roster::{RosterQuery, with_question_mark};
use super::undo::{self, Undo};
use super::{Context, RosterAccess};
use crate::db::users::User;
use crate::domain::RegistrationId;
use crate::service::moderation::{self, Mark, RosterLine};
use crate::web::AppState;
use crate::web::auth::CurrentUser;
use crate::web::error::AppError;
use crate::web::render::{flash, see_other};

/// The roster line of `registration` in the context's session, changed by `actor`.
fn line(ctx: &Context, registration: RegistrationId, user: &User) -> RosterLine {
    RosterLine {
        conference: ctx.conf.id,
        session: ctx.session.id,
        session_title: ctx.session.title.clone(),
        registration,
        actor: user.id,
    }
}

#[derive(Deserialize)]
pub struct MarkForm {
    #[serde(default)]
    pub csrf: String,
    /// `present:<registration id>` or `absent:<registration id>` (the button pressed).
    #[serde(default)]
    pub mark: String,
    /// The roster's query string, to come back to the same view.
    #[serde(default)]
    pub back: String,
}

fn back_to(base: &str, back: &str, anchor: Option<RegistrationId>) -> String {
    let q = web::Query::<RosterQuery>::from_query(back)
        .map(|q| q.into_inner().encode(true))
        .unwrap_or_default();
    let anchor = anchor.map(|r| format!("#r-{r}")).unwrap_or_default();
    format!("{base}/roster{}{anchor}", with_question_mark(&q))
}

async fn moderator_context(
    state: &AppState,
    user: &User,
    path: (String, String),
) -> Result<Context, AppError> {
    let viewer = user.clone();
    let ctx = state
        .db
        .run(move |c| Context::load(c, &viewer, &path.0, &path.1))
        .await?;
    match ctx.roster_access() {
        Some(RosterAccess::Full) => Ok(ctx),
        _ => Err(AppError::Forbidden),
    }
}

pub async fn check_in(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<MarkForm>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let (present, registration) = match form.mark.split_once(':') {
        Some(("present", id)) => (true, id),
        Some(("absent", id)) => (false, id),
        _ => return Err(AppError::BadRequest("unknown check-in action".into())),
    };
    let registration = RegistrationId::parse(registration)
        .ok_or_else(|| AppError::BadRequest("unknown attendee".into()))?;
    let ctx = moderator_context(&state, &user.0, path.into_inner()).await?;
    let (st, line) = (state.clone(), line(&ctx, registration, &user.0));
    let mark = state
        .db
        .write(move |c| Ok::<_, AppError>(moderation::check_in(c, st.ctx(), &line, present)?))
        .await?;
    let state_word = if present { "present" } else { "absent" };
    match mark {
        Mark::Changed {
            name,
            before,
            after,
        } => {
            flash(&cookie, format!("Marked {name} {state_word}."));
            let change = Undo {
                registration,
                name,
                before,
                after,
            };
            undo::remember(&cookie, ctx.session.id, &change);
        }
        Mark::Unchanged { name } => {
            undo::forget(&cookie);
            flash(&cookie, format!("{name} was already marked {state_word}."));
        }
        Mark::NotEnrolled => return Err(AppError::NotFound),
    }
    Ok(see_other(&back_to(
        &ctx.base_path(),
        &form.back,
        Some(registration),
    )))
}

#[derive(Deserialize)]
pub struct UndoForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub back: String,
}

pub async fn undo(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<UndoForm>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let ctx = moderator_context(&state, &user.0, path.into_inner()).await?;
    let base = ctx.base_path();
    let Some(u) = undo::take(&cookie, ctx.session.id) else {
        flash(&cookie, "There is nothing to undo.");
        return Ok(see_other(&back_to(&base, &form.back, None)));
    };
    let (st, line) = (state.clone(), line(&ctx, u.registration, &user.0));
    let (before, after) = (u.before, u.after);
    let undone = state
        .db
        .write(move |c| {
            Ok::<_, AppError>(moderation::undo_check_in(
                c,
                st.ctx(),
                &line,
                &before,
                &after,
            )?)
        })
        .await?;
    flash(
        &cookie,
        if undone {
            format!(
                "Undone: {} is marked {} again.",
                u.name,
                if u.before.at.is_some() {
                    "present"
                } else {
                    "absent"
                }
            )
        } else {
            format!(
                "Not undone: the attendance of {} was changed in the meantime.",
                u.name
            )
        },
    );
    Ok(see_other(&back_to(&base, &form.back, Some(u.registration))))
}
