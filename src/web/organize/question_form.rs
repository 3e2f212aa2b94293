//! The form to create or edit a custom registration question: its wording, help
//! text, kind (fixed once created), whether it must be answered, whether
//! moderators see the answers, the categories asked, and for choice questions the
//! choices (existing ones renamed or archived in place, new ones one per line).

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::questions::{base, load};
use super::{OrgNav, Section};
use crate::db;
use crate::db::categories::Category;
use crate::db::questions::Question;
use crate::domain::FieldErrors;
use crate::domain::l10n::{Arg, tr, tr_with};
use crate::domain::questions::QuestionKind;
use crate::domain::text::clean_text;
use crate::service::questions::{self as svc, ChoiceEdit, QuestionInput};
use crate::web::AppState;
use crate::web::answers::RawPairs;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};

#[derive(Clone, Default, Deserialize)]
pub struct QuestionForm {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub help: String,
    #[serde(default)]
    pub required: Option<String>,
    #[serde(default)]
    pub moderators: Option<String>,
    /// New choices, one per line.
    #[serde(default)]
    pub new_choices: String,
    /// `category` (repeated), `choice_<id>` (a choice's label), `archive_<id>`.
    #[serde(flatten)]
    pub extra: RawPairs,
}

/// A category's box on the form.
pub struct CategoryBox {
    pub id: String,
    pub name: String,
    pub checked: bool,
}

/// An existing choice on the edit form, as typed.
pub struct ChoiceRow {
    pub id: String,
    pub label: String,
    pub archived: bool,
}

#[derive(Template)]
#[template(path = "organize/questions/form.html")]
pub struct FormPage {
    pub layout: Layout,
    pub nav: OrgNav,
    /// `None` for a new question.
    pub id: Option<String>,
    pub errors: FieldErrors,
    pub form: QuestionForm,
    /// (value, label) of each kind, on the new form.
    pub kinds: Vec<(&'static str, String)>,
    /// The kind's name on the edit form (it cannot change).
    pub fixed_kind: Option<String>,
    /// Whether the choices part is shown (always on the new form).
    pub with_choices: bool,
    pub categories: Vec<CategoryBox>,
    pub choices: Vec<ChoiceRow>,
}

fn choice_rows(q: Option<&Question>, form: &QuestionForm, typed: bool) -> Vec<ChoiceRow> {
    q.map(|q| {
        q.choices
            .iter()
            .map(|c| ChoiceRow {
                label: if typed {
                    form.extra
                        .first(&format!("choice_{}", c.id))
                        .unwrap_or(&c.label)
                        .to_string()
                } else {
                    c.label.clone()
                },
                archived: if typed {
                    form.extra.first(&format!("archive_{}", c.id)).is_some()
                } else {
                    c.archived
                },
                id: c.id.clone(),
            })
            .collect()
    })
    .unwrap_or_default()
}

async fn categories(
    state: &AppState,
    org: &OrganizerConference,
) -> Result<Vec<Category>, AppError> {
    let cid = org.conference.id;
    state
        .db
        .run(move |c| Ok::<_, AppError>(db::categories::for_conference(c, cid)?))
        .await
}

async fn form_page(
    state: &AppState,
    cookie: &Cookie,
    org: &OrganizerConference,
    question: Option<&Question>,
    errors: FieldErrors,
    form: QuestionForm,
    typed: bool,
) -> Result<HttpResponse, AppError> {
    let ticked = form.extra.all("category");
    let categories = categories(state, org)
        .await?
        .into_iter()
        .filter(|c| c.archived_at.is_none() || ticked.contains(&c.id.as_str()))
        .map(|c| CategoryBox {
            checked: ticked.contains(&c.id.as_str()),
            id: c.id,
            name: c.name,
        })
        .collect();
    html(&FormPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(&org.conference, Section::Registrations),
        id: question.map(|q| q.id.clone()),
        errors,
        kinds: QuestionKind::ALL
            .into_iter()
            .map(|k| (k.as_str(), tr(k.label_key())))
            .collect(),
        fixed_kind: question.map(|q| tr(q.kind.label_key())),
        with_choices: question.is_none_or(|q| q.kind.has_choices()),
        categories,
        choices: choice_rows(question, &form, typed),
        form,
    })
}

fn text(e: &mut FieldErrors, field: &str, value: &str, max: usize, multiline: bool) -> String {
    e.check(field, clean_text(value, max, multiline))
        .unwrap_or_default()
}

/// Checks the form; `existing` is the question edited (its kind and choices).
fn parse(
    f: &QuestionForm,
    existing: Option<&Question>,
    known: &[Category],
) -> Result<QuestionInput, FieldErrors> {
    let mut e = FieldErrors::new();
    let kind = match existing {
        Some(q) => Some(q.kind),
        None => {
            let k = QuestionKind::parse(&f.kind);
            if k.is_none() {
                e.add("kind", tr("qst-kind-missing"));
            }
            k
        }
    };
    let label = text(&mut e, "label", &f.label, 200, false);
    if label.is_empty() && e.get("label").is_none() {
        e.add("label", tr("qst-label-missing"));
    }
    let help = text(&mut e, "help", &f.help, 500, true);
    let ticked = f.extra.all("category");
    let categories: Vec<String> = known
        .iter()
        .filter(|c| ticked.contains(&c.id.as_str()))
        .map(|c| c.id.clone())
        .collect();
    let mut choice_edits = Vec::new();
    let mut new_choices = Vec::new();
    if kind.is_some_and(QuestionKind::has_choices) {
        let mut live: Vec<String> = Vec::new();
        for c in existing.map(|q| q.choices.as_slice()).unwrap_or_default() {
            let field = format!("choice_{}", c.id);
            let typed = f.extra.first(&field).unwrap_or(&c.label);
            let label = text(&mut e, &field, typed, 200, false);
            if label.is_empty() && e.get(&field).is_none() {
                e.add(&field, tr("qst-choice-label-missing"));
            }
            let archived = f.extra.first(&format!("archive_{}", c.id)).is_some();
            if !archived {
                live.push(label.to_lowercase());
            }
            choice_edits.push(ChoiceEdit {
                id: c.id.clone(),
                label,
                archived,
            });
        }
        for line in f
            .new_choices
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let label = text(&mut e, "new_choices", line, 200, false);
            live.push(label.to_lowercase());
            new_choices.push(label);
        }
        let mut sorted = live.clone();
        sorted.sort();
        sorted.dedup();
        if live.is_empty() {
            e.add("new_choices", tr("qst-choices-missing"));
        } else if sorted.len() != live.len() {
            e.add("new_choices", tr("qst-choices-duplicate"));
        }
    }
    match kind {
        Some(kind) if e.is_empty() => Ok(QuestionInput {
            kind,
            label,
            help,
            required: f.required.is_some(),
            visible_to_moderators: f.moderators.is_some(),
            categories,
            choice_edits,
            new_choices,
        }),
        _ => Err(e),
    }
}

#[tracing::instrument(name = "organize::question_form::new_form", skip_all)]
pub async fn new_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let form = QuestionForm {
        kind: QuestionKind::ShortText.as_str().into(),
        ..QuestionForm::default()
    };
    form_page(&state, &cookie, &org, None, FieldErrors::new(), form, false).await
}

#[tracing::instrument(name = "organize::question_form::create", skip_all)]
pub async fn create(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<QuestionForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let known = categories(&state, &org).await?;
    let input = match parse(&form, None, &known) {
        Ok(i) => i,
        Err(errors) => {
            return form_page(&state, &cookie, &org, None, errors, form, true).await;
        }
    };
    let (cid, actor) = (org.conference.id, org.user.id);
    let label = input.label.clone();
    state
        .service
        .run(move |c, ctx| svc::create(c, ctx, actor, cid, &input))
        .await?;
    flash(
        &cookie,
        tr_with("qst-flash-created", &[("label", Arg::Text(&label))]),
    );
    Ok(see_other(&base(&org)))
}

#[tracing::instrument(name = "organize::question_form::edit_form", skip_all)]
pub async fn edit_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let q = load(&state, &org, path.into_inner().1).await?;
    let form = QuestionForm {
        kind: q.kind.as_str().into(),
        label: q.label.clone(),
        help: q.help.clone(),
        required: q.required.then(|| "yes".into()),
        moderators: q.visible_to_moderators.then(|| "yes".into()),
        new_choices: String::new(),
        extra: RawPairs(
            q.categories
                .iter()
                .map(|c| ("category".to_string(), c.clone()))
                .collect(),
        ),
    };
    form_page(
        &state,
        &cookie,
        &org,
        Some(&q),
        FieldErrors::new(),
        form,
        false,
    )
    .await
}

#[tracing::instrument(name = "organize::question_form::update", skip_all)]
pub async fn update(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
    form: CsrfForm<QuestionForm>,
) -> Result<HttpResponse, AppError> {
    let q = load(&state, &org, path.into_inner().1).await?;
    let form = form.into_inner();
    let known = categories(&state, &org).await?;
    let input = match parse(&form, Some(&q), &known) {
        Ok(i) => i,
        Err(errors) => {
            return form_page(&state, &cookie, &org, Some(&q), errors, form, true).await;
        }
    };
    let (cid, actor) = (org.conference.id, org.user.id);
    let label = input.label.clone();
    state
        .service
        .run(move |c, ctx| svc::update(c, ctx, actor, cid, &q.id, &input))
        .await?;
    flash(
        &cookie,
        tr_with("qst-flash-saved", &[("label", Arg::Text(&label))]),
    );
    Ok(see_other(&base(&org)))
}
