//! Custom registration questions in the back office: the list in the order asked,
//! moving a question up or down, archiving and restoring, and deleting after a
//! confirmation page (refused, with the way out, once someone has answered). The
//! form to create or edit one is in `question_form`.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section};
use crate::db;
use crate::db::questions::Question;
use crate::domain::l10n::{Arg, tr, tr_count, tr_with};
use crate::service::questions::{self as svc, DeleteOutcome};
use crate::web::AppState;
use crate::web::csrf::{Csrf, CsrfForm};
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};

/// One line of the list.
pub struct Row {
    pub id: String,
    pub label: String,
    pub kind: String,
    pub required: bool,
    pub visible_to_moderators: bool,
    /// "Everyone" or the categories' names.
    pub asked_of: String,
    pub answers: String,
    pub archived: bool,
    pub first: bool,
    pub last: bool,
}

#[derive(Template)]
#[template(path = "organize/questions/index.html")]
pub struct ListPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "organize/questions/delete.html")]
pub struct DeletePage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub id: String,
    pub label: String,
    /// Registrations that answered: deleting is refused when more than none.
    pub answered: i64,
    pub answered_text: String,
    pub archived: bool,
}

pub fn base(org: &OrganizerConference) -> String {
    format!("/organize/c/{}/questions", org.conference.slug)
}

/// One question of the organizer's conference, or 404.
pub async fn load(
    state: &AppState,
    org: &OrganizerConference,
    id: String,
) -> Result<Question, AppError> {
    let cid = org.conference.id;
    state
        .db
        .run(move |c| Ok::<_, AppError>(db::questions::by_id(c, cid, &id)?))
        .await?
        .ok_or(AppError::NotFound)
}

#[tracing::instrument(name = "organize::questions::index", skip_all)]
pub async fn index(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let cid = org.conference.id;
    let (questions, categories, counts) = state
        .db
        .run(move |c| {
            let questions = db::questions::for_conference(c, cid)?;
            let mut counts = Vec::new();
            for q in &questions {
                counts.push(db::questions::answer_count(c, &q.id)?);
            }
            let categories = db::categories::for_conference(c, cid)?;
            Ok::<_, AppError>((questions, categories, counts))
        })
        .await?;
    let layout = Layout::from_cookie(&cookie);
    let n = questions.len();
    let rows = questions
        .into_iter()
        .zip(counts)
        .enumerate()
        .map(|(i, (q, count))| {
            let names: Vec<&str> = categories
                .iter()
                .filter(|c| q.categories.contains(&c.id))
                .map(|c| c.name.as_str())
                .collect();
            Row {
                asked_of: if names.is_empty() {
                    tr("qst-asked-of-everyone")
                } else {
                    names.join(", ")
                },
                kind: tr(q.kind.label_key()),
                answers: layout.number(count),
                archived: !q.is_live(),
                first: i == 0,
                last: i + 1 == n,
                required: q.required,
                visible_to_moderators: q.visible_to_moderators,
                label: q.label,
                id: q.id,
            }
        })
        .collect();
    html(&ListPage {
        layout,
        nav: OrgNav::new(&org.conference, Section::Registrations),
        rows,
    })
}

#[derive(Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    pub direction: String,
}

#[tracing::instrument(name = "organize::questions::move_question", skip_all)]
pub async fn move_question(
    state: web::Data<AppState>,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
    form: CsrfForm<MoveForm>,
) -> Result<HttpResponse, AppError> {
    let q = load(&state, &org, path.into_inner().1).await?;
    let up = form.direction != "down";
    let (cid, actor) = (org.conference.id, org.user.id);
    state
        .service
        .run(move |c, ctx| svc::move_question(c, ctx, actor, cid, &q.id, up))
        .await?;
    Ok(see_other(&base(&org)))
}

#[derive(Deserialize)]
pub struct ArchiveForm {
    #[serde(default)]
    pub restore: Option<String>,
}

#[tracing::instrument(name = "organize::questions::archive", skip_all)]
pub async fn archive(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
    form: CsrfForm<ArchiveForm>,
) -> Result<HttpResponse, AppError> {
    let q = load(&state, &org, path.into_inner().1).await?;
    let archived = form.restore.is_none();
    let (cid, actor) = (org.conference.id, org.user.id);
    let id = q.id.clone();
    state
        .service
        .run(move |c, ctx| svc::set_archived(c, ctx, actor, cid, &id, archived))
        .await?;
    let key = if archived {
        "qst-flash-archived"
    } else {
        "qst-flash-restored"
    };
    flash(&cookie, tr_with(key, &[("label", Arg::Text(&q.label))]));
    Ok(see_other(&base(&org)))
}

#[tracing::instrument(name = "organize::questions::delete_form", skip_all)]
pub async fn delete_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let q = load(&state, &org, path.into_inner().1).await?;
    let id = q.id.clone();
    let answered = state
        .db
        .run(move |c| Ok::<_, AppError>(db::questions::answer_count(c, &id)?))
        .await?;
    html(&DeletePage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&org.conference, Section::Registrations),
        archived: !q.is_live(),
        id: q.id,
        label: q.label,
        answered,
        answered_text: tr_count("qst-delete-refused", answered),
    })
}

#[tracing::instrument(name = "organize::questions::delete", skip_all)]
pub async fn delete(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
    _csrf: Csrf,
) -> Result<HttpResponse, AppError> {
    let q = load(&state, &org, path.into_inner().1).await?;
    let (cid, actor) = (org.conference.id, org.user.id);
    let id = q.id.clone();
    let outcome = state
        .service
        .run(move |c, ctx| svc::delete(c, ctx, actor, cid, &id))
        .await?;
    flash(
        &cookie,
        match outcome {
            DeleteOutcome::Deleted => {
                tr_with("qst-flash-deleted", &[("label", Arg::Text(&q.label))])
            }
            DeleteOutcome::HasAnswers(n) => tr_count("qst-delete-refused", n),
        },
    );
    Ok(see_other(&base(&org)))
}
