//! Participant categories in the back office: the list, the form to create or edit
//! one, archiving and restoring, and deleting (refused with an explanation while
//! the category has registrations).

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section};
use crate::db;
use crate::db::categories::Category;
use crate::domain::FieldErrors;
use crate::domain::categories::Admission;
use crate::domain::l10n::{Arg, tr, tr_count, tr_with};
use crate::domain::text::clean_text;
use crate::service::categories::{self as svc, CategoryInput, DeleteOutcome};
use crate::web::AppState;
use crate::web::csrf::{Csrf, CsrfForm};
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};

/// One line of the list.
pub struct Row {
    pub category: Category,
    pub admission: String,
    /// Capacity, quota and registrations, written the reader's way ("—" for none).
    pub capacity: String,
    pub quota: String,
    pub registrations: String,
}

#[derive(Template)]
#[template(path = "organize/categories/index.html")]
pub struct ListPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub rows: Vec<Row>,
}

#[derive(Default, Deserialize, Clone)]
pub struct CategoryForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub admission: String,
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub country_quota: String,
    #[serde(default)]
    pub listed: Option<String>,
    /// "yes": editing after approval requires approval again.
    #[serde(default)]
    pub reapprove_on_edit: Option<String>,
}

#[derive(Template)]
#[template(path = "organize/categories/form.html")]
pub struct FormPage {
    pub layout: Layout,
    pub nav: OrgNav,
    /// `None` for a new category.
    pub id: Option<String>,
    pub errors: FieldErrors,
    pub form: CategoryForm,
    /// (value, label) of each admission.
    pub admissions: Vec<(&'static str, String)>,
}

fn base(org: &OrganizerConference) -> String {
    format!("/organize/c/{}/categories", org.conference.slug)
}

fn form_page(
    cookie: &Cookie,
    org: &OrganizerConference,
    id: Option<String>,
    errors: FieldErrors,
    form: CategoryForm,
) -> Result<HttpResponse, AppError> {
    html(&FormPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(&org.conference, Section::Registrations),
        id,
        errors,
        form,
        admissions: Admission::ALL
            .into_iter()
            .map(|a| (a.as_str(), tr(a.label_key())))
            .collect(),
    })
}

async fn load(
    state: &AppState,
    org: &OrganizerConference,
    id: String,
) -> Result<Category, AppError> {
    let cid = org.conference.id;
    state
        .db
        .run(move |c| Ok::<_, AppError>(db::categories::by_id(c, cid, &id)?))
        .await?
        .ok_or(AppError::NotFound)
}

#[tracing::instrument(name = "organize::categories::index", skip_all)]
pub async fn index(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let cid = org.conference.id;
    let rows = state
        .db
        .run(move |c| {
            let mut rows = Vec::new();
            for category in db::categories::for_conference(c, cid)? {
                let registrations = db::categories::registration_count(c, &category.id)?;
                rows.push((category, registrations));
            }
            Ok::<_, AppError>(rows)
        })
        .await?;
    let layout = Layout::from_cookie(&cookie);
    let limit = |v: Option<i32>| v.map_or_else(|| "—".to_string(), |n| layout.number(i64::from(n)));
    let rows = rows
        .into_iter()
        .map(|(category, registrations)| Row {
            admission: tr(category.admission.label_key()),
            capacity: limit(category.capacity),
            quota: limit(category.country_quota),
            registrations: layout.number(registrations),
            category,
        })
        .collect();
    html(&ListPage {
        layout,
        nav: OrgNav::new(&org.conference, Section::Registrations),
        rows,
    })
}

#[tracing::instrument(name = "organize::categories::new_form", skip_all)]
pub async fn new_form(cookie: Cookie, org: OrganizerConference) -> Result<HttpResponse, AppError> {
    let form = CategoryForm {
        admission: Admission::Open.as_str().into(),
        listed: Some("yes".into()),
        ..CategoryForm::default()
    };
    form_page(&cookie, &org, None, FieldErrors::new(), form)
}

fn limit(e: &mut FieldErrors, field: &str, value: &str, min: i32) -> Option<Option<i32>> {
    let v = value.trim();
    if v.is_empty() {
        return Some(None);
    }
    match v.parse::<i32>() {
        Ok(n) if n >= min && n <= 1_000_000 => Some(Some(n)),
        _ => {
            e.add(
                field,
                tr_with("reg-cat-limit-invalid", &[("min", Arg::Number(min.into()))]),
            );
            None
        }
    }
}

fn parse(f: &CategoryForm) -> Result<CategoryInput, FieldErrors> {
    let mut e = FieldErrors::new();
    let name = match clean_text(&f.name, 120, false) {
        Ok(n) if !n.is_empty() => Some(n),
        Ok(_) => {
            e.add("name", tr("reg-cat-name-missing"));
            None
        }
        Err(m) => {
            e.add("name", m);
            None
        }
    };
    let description = e.check("description", clean_text(&f.description, 1000, true));
    let admission = Admission::parse(&f.admission);
    if admission.is_none() {
        e.add("admission", tr("reg-cat-admission-missing"));
    }
    let capacity = limit(&mut e, "capacity", &f.capacity, 0);
    let country_quota = limit(&mut e, "country_quota", &f.country_quota, 1);
    match (name, description, admission, capacity, country_quota) {
        (Some(name), Some(description), Some(admission), Some(capacity), Some(country_quota))
            if e.is_empty() =>
        {
            Ok(CategoryInput {
                name,
                description,
                admission,
                capacity,
                country_quota,
                listed: f.listed.is_some(),
                reapprove_on_edit: f.reapprove_on_edit.is_some(),
            })
        }
        _ => Err(e),
    }
}

#[tracing::instrument(name = "organize::categories::create", skip_all)]
pub async fn create(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<CategoryForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let input = match parse(&form) {
        Ok(i) => i,
        Err(errors) => return form_page(&cookie, &org, None, errors, form),
    };
    let (cid, actor) = (org.conference.id, org.user.id);
    let name = input.name.clone();
    state
        .service
        .run(move |c, ctx| svc::create(c, ctx, actor, cid, &input))
        .await?;
    flash(
        &cookie,
        tr_with("reg-cat-created", &[("name", Arg::Text(&name))]),
    );
    Ok(see_other(&base(&org)))
}

#[tracing::instrument(name = "organize::categories::edit_form", skip_all)]
pub async fn edit_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let c = load(&state, &org, path.into_inner().1).await?;
    let form = CategoryForm {
        name: c.name,
        description: c.description,
        admission: c.admission.as_str().into(),
        capacity: c.capacity.map(|n| n.to_string()).unwrap_or_default(),
        country_quota: c.country_quota.map(|n| n.to_string()).unwrap_or_default(),
        listed: c.listed.then(|| "yes".into()),
        reapprove_on_edit: c.reapprove_on_edit.then(|| "yes".into()),
    };
    form_page(&cookie, &org, Some(c.id), FieldErrors::new(), form)
}

#[tracing::instrument(name = "organize::categories::update", skip_all)]
pub async fn update(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
    form: CsrfForm<CategoryForm>,
) -> Result<HttpResponse, AppError> {
    let c = load(&state, &org, path.into_inner().1).await?;
    let form = form.into_inner();
    let input = match parse(&form) {
        Ok(i) => i,
        Err(errors) => return form_page(&cookie, &org, Some(c.id), errors, form),
    };
    let (cid, actor) = (org.conference.id, org.user.id);
    let name = input.name.clone();
    state
        .service
        .run(move |conn, ctx| svc::update(conn, ctx, actor, cid, &c.id, &input))
        .await?;
    flash(
        &cookie,
        tr_with("reg-cat-saved", &[("name", Arg::Text(&name))]),
    );
    Ok(see_other(&base(&org)))
}

#[derive(Deserialize)]
pub struct ArchiveForm {
    #[serde(default)]
    pub restore: Option<String>,
}

#[tracing::instrument(name = "organize::categories::archive", skip_all)]
pub async fn archive(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
    form: CsrfForm<ArchiveForm>,
) -> Result<HttpResponse, AppError> {
    let c = load(&state, &org, path.into_inner().1).await?;
    let archived = form.restore.is_none();
    let (cid, actor) = (org.conference.id, org.user.id);
    let id = c.id.clone();
    state
        .service
        .run(move |conn, ctx| svc::set_archived(conn, ctx, actor, cid, &id, archived))
        .await?;
    let key = if archived {
        "reg-cat-archived"
    } else {
        "reg-cat-restored"
    };
    flash(&cookie, tr_with(key, &[("name", Arg::Text(&c.name))]));
    Ok(see_other(&base(&org)))
}

#[tracing::instrument(name = "organize::categories::delete", skip_all)]
pub async fn delete(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
    _csrf: Csrf,
) -> Result<HttpResponse, AppError> {
    let c = load(&state, &org, path.into_inner().1).await?;
    let (cid, actor) = (org.conference.id, org.user.id);
    let id = c.id.clone();
    let outcome = state
        .service
        .run(move |conn, ctx| svc::delete(conn, ctx, actor, cid, &id))
        .await?;
    flash(
        &cookie,
        match outcome {
            DeleteOutcome::Deleted => tr_with("reg-cat-deleted", &[("name", Arg::Text(&c.name))]),
            DeleteOutcome::HasRegistrations(n) => tr_count("reg-cat-delete-refused", n),
        },
    );
    Ok(see_other(&base(&org)))
}
