//! Check-in with undo. A moderator marks an attendee present or absent; the change
//! records who made it (`enrollments.checked_in_by`) and goes to the audit log in the
//! same transaction. Every change is a compare-and-set on the stored arrival time,
//! so two moderators clicking at once settle on one outcome.
//!
//! Undo keeps the previous state in the encrypted login cookie, never in the form:
//! a forged form could otherwise write any arrival time. An undo after someone else
//! changed the same line does nothing and says so.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::roster::{RosterQuery, with_question_mark};
use super::{Context, RosterAccess};
use crate::db::roster::Attended;
use crate::db::{self, audit, users::User};
use crate::domain::{RegistrationId, UserId};
use crate::web::AppState;
use crate::web::auth::CurrentUser;
use crate::web::error::AppError;
use crate::web::render::{flash, see_other};

const UNDO_KEY: &str = "roster_undo";

/// The last check-in change on this browser, so it can be reverted exactly.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Undo {
    session: String,
    registration: String,
    name: String,
    before_at: Option<i64>,
    before_by: Option<String>,
    after_at: Option<i64>,
    after_by: Option<String>,
}

fn read_undo(cookie: &Cookie) -> Option<Undo> {
    cookie.get::<Undo>(UNDO_KEY).ok().flatten()
}

/// Whether this browser's last change concerns `session` (the roster then offers
/// "Undo" next to the message about it).
pub fn undo_pending(cookie: &Cookie, session: crate::domain::SessionId) -> bool {
    read_undo(cookie).is_some_and(|u| u.session == session.to_string())
}

fn pack(a: &Attended) -> (Option<i64>, Option<String>) {
    (
        a.at.map(|t| t.timestamp_micros()),
        a.by.map(|u| u.to_string()),
    )
}

fn unpack(at: Option<i64>, by: Option<&str>) -> Attended {
    Attended {
        at: at.and_then(DateTime::from_timestamp_micros),
        by: by.and_then(UserId::parse),
    }
}

fn describe(a: &Attended) -> String {
    match a.at {
        Some(t) => format!("present since {}", super::iso(t)),
        None => "absent".into(),
    }
}

/// Writes one attendance change and its audit entry (same transaction).
#[allow(clippy::too_many_arguments)]
fn change(
    c: &mut db::DbConn,
    ctx_ids: (crate::domain::ConferenceId, crate::domain::SessionId, &str),
    registration: RegistrationId,
    name: &str,
    from: &Attended,
    to: &Attended,
    actor: UserId,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let (conference, session, title) = ctx_ids;
    if !db::roster::set_attendance(c, session, registration, from, to)? {
        return Ok(false);
    }
    audit::record(
        c,
        &audit::Entry {
            conference: Some(conference),
            actor: Some(actor),
            action: if to.at.is_some() {
                "roster.check_in"
            } else {
                "roster.check_out"
            },
            subject: &format!("Attendance of {name} in “{title}” (registration {registration})"),
            before: Some(&describe(from)),
            after: Some(&describe(to)),
        },
        now,
    )?;
    Ok(true)
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
    let ids = (ctx.conf.id, ctx.session.id, ctx.session.title.clone());
    let (actor, now) = (user.0.id, state.clock.now());
    let outcome = state
        .db
        .write(move |c| {
            let (before, name) =
                db::roster::attendance(c, ids.1, registration)?.ok_or(AppError::NotFound)?;
            let name = name.unwrap_or_else(|| "Deleted account".into());
            if before.at.is_some() == present {
                return Ok::<_, AppError>((name, None));
            }
            let after = Attended {
                at: present.then_some(now),
                by: present.then_some(actor),
            };
            let changed = change(
                c,
                (ids.0, ids.1, &ids.2),
                registration,
                &name,
                &before,
                &after,
                actor,
                now,
            )?;
            Ok((name, changed.then_some((before, after))))
        })
        .await?;
    let (name, change) = outcome;
    let state_word = if present { "present" } else { "absent" };
    match change {
        Some((before, after)) => {
            let ((before_at, before_by), (after_at, after_by)) = (pack(&before), pack(&after));
            let _ = cookie.insert(
                UNDO_KEY,
                Undo {
                    session: ctx.session.id.to_string(),
                    registration: registration.to_string(),
                    name: name.clone(),
                    before_at,
                    before_by,
                    after_at,
                    after_by,
                },
            );
            flash(&cookie, format!("Marked {name} {state_word}."));
        }
        None => {
            let _ = cookie.remove(UNDO_KEY);
            flash(&cookie, format!("{name} was already marked {state_word}."));
        }
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
    let pending = read_undo(&cookie).filter(|u| u.session == ctx.session.id.to_string());
    let Some((u, registration)) = pending.and_then(|u| {
        let r = RegistrationId::parse(&u.registration)?;
        Some((u, r))
    }) else {
        flash(&cookie, "There is nothing to undo.");
        return Ok(see_other(&back_to(&base, &form.back, None)));
    };
    let _ = cookie.remove(UNDO_KEY);
    let before = unpack(u.before_at, u.before_by.as_deref());
    let after = unpack(u.after_at, u.after_by.as_deref());
    let ids = (ctx.conf.id, ctx.session.id, ctx.session.title.clone());
    let (actor, now, name) = (user.0.id, state.clock.now(), u.name.clone());
    let undone = state
        .db
        .write(move |c| {
            let current = db::roster::attendance(c, ids.1, registration)?.map(|(a, _)| a);
            if current.as_ref() != Some(&after) {
                return Ok::<_, AppError>(false);
            }
            change(
                c,
                (ids.0, ids.1, &ids.2),
                registration,
                &name,
                &after,
                &before,
                actor,
                now,
            )
        })
        .await?;
    flash(
        &cookie,
        if undone {
            format!(
                "Undone: {} is marked {} again.",
                u.name,
                if before.at.is_some() {
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
    Ok(see_other(&back_to(&base, &form.back, Some(registration))))
}
