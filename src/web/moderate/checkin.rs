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

use super::RosterAccess;
use super::roster::{RosterQuery, with_question_mark};
use super::undo::{self, Undo};
use crate::domain::RegistrationId;
use crate::domain::l10n::{self, Arg};
use crate::service::moderation::{self, Mark, RosterLine};
use crate::web::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::SessionContext;
use crate::web::render::{flash, see_other};

/// The roster line of `registration` in the context's session, changed by the viewer.
fn line(ctx: &SessionContext, registration: RegistrationId) -> RosterLine {
    RosterLine {
        conference: ctx.conf.id,
        session: ctx.session.id,
        session_title: ctx.session.title.clone(),
        registration,
        actor: ctx.user.id,
    }
}

#[derive(Deserialize)]
pub struct MarkForm {
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

/// Only those who check people in (the guard's `SessionModerator` already says so).
fn moderator(ctx: SessionContext) -> Result<SessionContext, AppError> {
    match ctx.roster_access() {
        Some(RosterAccess::Full) => Ok(ctx),
        _ => Err(AppError::Forbidden),
    }
}

#[tracing::instrument(
    name = "moderate::check_in",
    skip_all,
    fields(conference = %ctx.conf.id, session = %ctx.session.id, user = %ctx.user.id)
)]
pub async fn check_in(
    state: web::Data<AppState>,
    cookie: Cookie,
    ctx: SessionContext,
    form: CsrfForm<MarkForm>,
) -> Result<HttpResponse, AppError> {
    let (present, registration) = match form.mark.split_once(':') {
        Some(("present", id)) => (true, id),
        Some(("absent", id)) => (false, id),
        _ => return Err(AppError::BadRequest("unknown check-in action".into())),
    };
    let registration = RegistrationId::parse(registration)
        .ok_or_else(|| AppError::BadRequest("unknown attendee".into()))?;
    let ctx = moderator(ctx)?;
    let line = line(&ctx, registration);
    let mark = state
        .service
        .run(move |c, sctx| moderation::check_in(c, sctx, &line, present))
        .await?;
    match mark {
        Mark::Changed {
            name,
            before,
            after,
        } => {
            let key = if present {
                "orgb-flash-marked-present"
            } else {
                "orgb-flash-marked-absent"
            };
            flash(&cookie, l10n::tr_with(key, &[("name", Arg::Text(&name))]));
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
            let key = if present {
                "orgb-flash-already-present"
            } else {
                "orgb-flash-already-absent"
            };
            flash(&cookie, l10n::tr_with(key, &[("name", Arg::Text(&name))]));
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
    pub back: String,
}

#[tracing::instrument(
    name = "moderate::undo",
    skip_all,
    fields(conference = %ctx.conf.id, session = %ctx.session.id, user = %ctx.user.id)
)]
pub async fn undo(
    state: web::Data<AppState>,
    cookie: Cookie,
    ctx: SessionContext,
    form: CsrfForm<UndoForm>,
) -> Result<HttpResponse, AppError> {
    let ctx = moderator(ctx)?;
    let base = ctx.base_path();
    let Some(u) = undo::take(&cookie, ctx.session.id) else {
        flash(&cookie, l10n::tr("orgb-flash-nothing-to-undo"));
        return Ok(see_other(&back_to(&base, &form.back, None)));
    };
    let line = line(&ctx, u.registration);
    let (before, after) = (u.before, u.after);
    let undone = state
        .service
        .run(move |c, sctx| moderation::undo_check_in(c, sctx, &line, &before, &after))
        .await?;
    flash(
        &cookie,
        l10n::tr_with(
            match (undone, u.before.at.is_some()) {
                (true, true) => "orgb-flash-undone-present",
                (true, false) => "orgb-flash-undone-absent",
                (false, _) => "orgb-flash-not-undone",
            },
            &[("name", Arg::Text(&u.name))],
        ),
    );
    Ok(see_other(&back_to(&base, &form.back, Some(u.registration))))
}
