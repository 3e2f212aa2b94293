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
use crate::domain::{ConferenceId, RegistrationId, SessionId, UserId};
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

/// One roster line being changed, and by whom.
struct Line {
    conference: ConferenceId,
    session: SessionId,
    session_title: String,
    registration: RegistrationId,
    actor: UserId,
}

impl Line {
    fn new(ctx: &Context, registration: RegistrationId, actor: UserId) -> Self {
        Self {
            conference: ctx.conf.id,
            session: ctx.session.id,
            session_title: ctx.session.title.clone(),
            registration,
            actor,
        }
    }

    /// The attendance now and the attendee's display name; `None` when they are
    /// not (or no longer) enrolled in the session.
    fn current(&self, c: &mut db::DbConn) -> Result<Option<(Attended, String)>, AppError> {
        Ok(db::roster::attendance(c, self.session, self.registration)?
            .map(|(a, name)| (a, name.unwrap_or_else(|| "Deleted account".into()))))
    }

    /// Moves the attendance from `from` to `to` and logs it (same transaction);
    /// false, with nothing written, when it was no longer `from`.
    fn change(
        &self,
        c: &mut db::DbConn,
        name: &str,
        from: &Attended,
        to: &Attended,
        now: DateTime<Utc>,
    ) -> Result<bool, AppError> {
        if !db::roster::set_attendance(c, self.session, self.registration, from, to)? {
            return Ok(false);
        }
        audit::record(
            c,
            &audit::Entry {
                conference: Some(self.conference),
                actor: Some(self.actor),
                action: if to.at.is_some() {
                    "roster.check_in"
                } else {
                    "roster.check_out"
                },
                subject: &format!(
                    "Attendance of {name} in “{}” (registration {})",
                    self.session_title, self.registration
                ),
                before: Some(&describe(from)),
                after: Some(&describe(to)),
            },
            now,
        )?;
        Ok(true)
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
    let now = state.clock.now();
    let line = Line::new(&ctx, registration, user.0.id);
    let actor = line.actor;
    let outcome = state
        .db
        .write(move |c| {
            let (before, name) = line.current(c)?.ok_or(AppError::NotFound)?;
            if before.at.is_some() == present {
                return Ok::<_, AppError>((name, None));
            }
            let after = Attended {
                at: present.then_some(now),
                by: present.then_some(actor),
            };
            let changed = line.change(c, &name, &before, &after, now)?;
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
    let line = Line::new(&ctx, registration, user.0.id);
    let now = state.clock.now();
    let undone = state
        .db
        .write(move |c| {
            let Some((current, name)) = line.current(c)?.filter(|(stored, _)| *stored == after)
            else {
                return Ok::<_, AppError>(false);
            };
            line.change(c, &name, &current, &before, now)
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
