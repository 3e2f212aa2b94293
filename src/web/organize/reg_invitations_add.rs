//! Adding personal invitations: importing a CSV (a file or pasted text; every
//! problem reported with its line before anything is saved, and then all rows or
//! none) and adding one invitee with a form. Each invitee is mailed their link.

use std::collections::HashSet;

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::reg_invitations::{base, invitation_categories};
use super::{OrgNav, Section};
use crate::db;
use crate::db::categories::Category;
use crate::domain::invitations_csv::{self, InviteRow, LineError};
use crate::domain::l10n::{Arg, tr, tr_count, tr_with};
use crate::domain::lang::Lang;
use crate::domain::text::clean_text;
use crate::domain::{CountryCode, Email, FieldErrors, PersonName};
use crate::service::registration_invitations as svc;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};
use crate::web::upload::Upload;
use crate::web::{AppState, CountryOption, country_options};

/// The invitation categories and the addresses already invited (lower case).
async fn context(
    state: &AppState,
    org: &OrganizerConference,
) -> Result<(Vec<Category>, HashSet<String>), AppError> {
    let cid = org.conference.id;
    let (cats, emails) = state
        .db
        .run(move |c| {
            Ok::<_, AppError>((
                db::categories::for_conference(c, cid)?,
                db::registration_invitations::emails(c, cid)?,
            ))
        })
        .await?;
    Ok((
        invitation_categories(&cats),
        emails.into_iter().map(|e| e.to_lowercase()).collect(),
    ))
}

async fn invite(
    state: &AppState,
    org: &OrganizerConference,
    rows: Vec<InviteRow>,
    allow_forwarding: bool,
) -> Result<usize, AppError> {
    let (conf, actor) = (org.conference.clone(), org.user.id);
    Ok(state
        .service
        .run(move |c, ctx| svc::import(c, ctx, actor, &conf, &rows, allow_forwarding))
        .await?)
}

// ---------------------------------------------------------------- CSV import

/// A problem as the page lists it.
pub struct Problem {
    /// "Line 3", or "The whole file".
    pub place: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "organize/reg_invitations/import.html")]
pub struct ImportPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub base: String,
    pub categories: Vec<String>,
    /// A header row and one example line (column names are the file format's, not prose).
    pub sample: String,
    pub text: String,
    pub allow_forwarding: bool,
    pub problems: Vec<Problem>,
    /// The text field has no error of its own (the macro wants a map).
    pub no_errors: FieldErrors,
}

fn import_page(
    cookie: &Cookie,
    org: &OrganizerConference,
    cats: &[Category],
    (text, allow_forwarding): (String, bool),
    problems: Vec<LineError>,
) -> Result<HttpResponse, AppError> {
    html(&ImportPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(&org.conference, Section::Registrations),
        base: base(org),
        categories: cats.iter().map(|c| c.name.clone()).collect(),
        sample: format!(
            "name,email,category,country,organisation,language\n\
             Ana Pérez,ana.perez@example.org,{},ES,Ministerio,es",
            cats.first().map_or("", |c| c.name.as_str())
        ),
        text,
        allow_forwarding,
        problems: problems
            .into_iter()
            .map(|p| Problem {
                place: if p.line == 0 {
                    tr("inv-import-whole-file")
                } else {
                    tr_with(
                        "inv-import-line",
                        &[("line", Arg::Number(i64::try_from(p.line).unwrap_or(0)))],
                    )
                },
                message: p.message,
            })
            .collect(),
        no_errors: FieldErrors::new(),
    })
}

#[tracing::instrument(name = "organize::reg_invitations::import_form", skip_all)]
pub async fn import_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let (cats, _) = context(&state, &org).await?;
    import_page(&cookie, &org, &cats, (String::new(), false), Vec::new())
}

#[tracing::instrument(name = "organize::reg_invitations::import", skip_all)]
pub async fn import(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    upload: Upload,
) -> Result<HttpResponse, AppError> {
    let (cats, already) = context(&state, &org).await?;
    let text = upload.field("text").to_string();
    let allow_forwarding = upload.field("allow_forwarding") == "yes";
    let echo = (text.clone(), allow_forwarding);
    let problem = |key: &str| {
        vec![LineError {
            line: 0,
            message: tr(key),
        }]
    };
    if cats.is_empty() {
        return import_page(&cookie, &org, &cats, echo, problem("inv-no-category"));
    }
    if upload.too_big {
        return import_page(&cookie, &org, &cats, echo, problem("inv-import-too-big"));
    }
    let bytes: &[u8] = if upload.file.is_empty() {
        text.as_bytes()
    } else {
        &upload.file
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return import_page(&cookie, &org, &cats, echo, problem("inv-import-nothing"));
    }
    let pairs: Vec<(String, String)> = cats
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    let rows = match invitations_csv::parse(bytes, &pairs, &already) {
        Ok(rows) => rows,
        Err(problems) => return import_page(&cookie, &org, &cats, echo, problems),
    };
    let n = invite(&state, &org, rows, allow_forwarding).await?;
    flash(
        &cookie,
        tr_count("inv-import-done", i64::try_from(n).unwrap_or(i64::MAX)),
    );
    Ok(see_other(&base(&org)))
}

// ---------------------------------------------------------------- one invitee

#[derive(Default, Deserialize)]
pub struct OneForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub organization: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub allow_forwarding: Option<String>,
}

#[derive(Template)]
#[template(path = "organize/reg_invitations/new.html")]
pub struct NewPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub base: String,
    pub errors: FieldErrors,
    pub form: OneForm,
    /// (id, name) of the invitation categories.
    pub categories: Vec<(String, String)>,
    pub countries: Vec<CountryOption>,
    pub languages: [Lang; 6],
}

fn new_page(
    cookie: &Cookie,
    org: &OrganizerConference,
    cats: &[Category],
    errors: FieldErrors,
    form: OneForm,
) -> Result<HttpResponse, AppError> {
    html(&NewPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(&org.conference, Section::Registrations),
        base: base(org),
        errors,
        form,
        categories: cats
            .iter()
            .map(|c| (c.id.clone(), c.name.clone()))
            .collect(),
        countries: country_options(),
        languages: Lang::ALL,
    })
}

#[tracing::instrument(name = "organize::reg_invitations::new_form", skip_all)]
pub async fn new_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let (cats, _) = context(&state, &org).await?;
    let form = OneForm {
        category: cats.first().map(|c| c.id.clone()).unwrap_or_default(),
        ..OneForm::default()
    };
    new_page(&cookie, &org, &cats, FieldErrors::new(), form)
}

fn parse_one(
    f: &OneForm,
    cats: &[Category],
    already: &HashSet<String>,
) -> Result<InviteRow, FieldErrors> {
    let mut e = FieldErrors::new();
    let name = e.check("name", PersonName::parse(&f.name));
    let email = e.check("email", Email::parse(&f.email));
    if let Some(m) = &email
        && already.contains(&m.as_str().to_lowercase())
    {
        e.add(
            "email",
            tr_with(
                "reg-inv-csv-already-invited",
                &[("email", Arg::Text(m.as_str()))],
            ),
        );
    }
    let category = cats
        .iter()
        .find(|c| c.id == f.category)
        .map(|c| c.id.clone());
    if category.is_none() {
        e.add("category", tr("inv-field-category-missing"));
    }
    let country = e.check("country", CountryCode::parse(&f.country));
    let organization = e.check(
        "organization",
        clean_text(&f.organization, 200, false).map(|s| Some(s).filter(|s| !s.is_empty())),
    );
    let language = match f.language.as_str() {
        "" => Some(None),
        code => match Lang::parse(code) {
            Some(l) => Some(Some(l)),
            None => {
                e.add("language", tr("inv-field-language-unknown"));
                None
            }
        },
    };
    match (name, email, category, country, organization, language) {
        (
            Some(name),
            Some(email),
            Some(category_id),
            Some(country),
            Some(organization),
            Some(language),
        ) if e.is_empty() => Ok(InviteRow {
            line: 0,
            name,
            email,
            category_id,
            country,
            organization,
            language,
        }),
        _ => Err(e),
    }
}

#[tracing::instrument(name = "organize::reg_invitations::create", skip_all)]
pub async fn create(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<OneForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let (cats, already) = context(&state, &org).await?;
    let row = match parse_one(&form, &cats, &already) {
        Ok(r) => r,
        Err(errors) => return new_page(&cookie, &org, &cats, errors, form),
    };
    let email = row.email.as_str().to_string();
    invite(&state, &org, vec![row], form.allow_forwarding.is_some()).await?;
    flash(
        &cookie,
        tr_with("inv-new-done", &[("email", Arg::Text(&email))]),
    );
    Ok(see_other(&base(&org)))
}
