//! `/c/{slug}/me/answers`: a registrant sees and changes their answers to the
//! conference's custom questions, with the same rule and field errors as the
//! sign-up form; My conference shows them in a panel.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{my_registration, not_registered};
use crate::db;
use crate::db::answers::StoredAnswer;
use crate::db::categories::Category;
use crate::db::conferences::Conference;
use crate::db::questions::Question;
use crate::domain::l10n::tr;
use crate::domain::status::RegistrationStatus;
use crate::domain::{FieldErrors, RegistrationId};
use crate::service::questions as svc;
use crate::web::AppState;
use crate::web::answers::{self, AnswerLine, QuestionField, RawPairs};
use crate::web::auth::CurrentUser;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::PublishedConference;
use crate::web::render::{Layout, flash, html, see_other};

/// The panel on My conference: the answers given and the link to change them.
pub struct MyAnswers {
    pub lines: Vec<AnswerLine>,
    pub href: String,
}

/// What a registrant's form is built from: the questions asked of their category,
/// the conference's categories (for the notes) and their answers.
struct Loaded {
    asked: Vec<Question>,
    categories: Vec<Category>,
    category: Option<String>,
    stored: Vec<StoredAnswer>,
}

async fn load(
    state: &AppState,
    conf: &Conference,
    rid: RegistrationId,
) -> Result<Loaded, AppError> {
    let cid = conf.id;
    state
        .db
        .run(move |c| {
            let category = db::categories::placement_of(c, rid)?.map(|p| p.category_id);
            let asked = db::questions::live(c, cid)?
                .into_iter()
                .filter(|q| q.applies_to(category.as_deref()))
                .collect();
            Ok::<_, AppError>(Loaded {
                asked,
                categories: db::categories::for_conference(c, cid)?,
                category,
                stored: db::answers::of_registration(c, rid)?,
            })
        })
        .await
}

/// The panel for My conference, or `None` when no question is asked of them.
pub async fn summary(
    state: &AppState,
    conf: &Conference,
    rid: RegistrationId,
) -> Result<Option<MyAnswers>, AppError> {
    let l = load(state, conf, rid).await?;
    if l.asked.is_empty() {
        return Ok(None);
    }
    Ok(Some(MyAnswers {
        lines: answers::lines(&l.asked, &l.stored, |_| true),
        href: format!("/c/{}/me/answers", conf.slug),
    }))
}

#[derive(Template)]
#[template(path = "attendee/answers.html")]
pub struct AnswersPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub errors: FieldErrors,
    pub questions: Vec<QuestionField>,
    pub countries: Vec<crate::web::CountryOption>,
}

#[derive(Default, Deserialize)]
pub struct AnswersForm {
    #[serde(flatten)]
    pub answers: RawPairs,
}

fn page(
    cookie: &Cookie,
    conf: Conference,
    errors: FieldErrors,
    questions: Vec<QuestionField>,
) -> Result<HttpResponse, AppError> {
    html(&AnswersPage {
        layout: Layout::from_cookie(cookie),
        slug: conf.slug,
        title: conf.title,
        errors,
        questions,
        countries: crate::web::country_options(),
    })
}

#[tracing::instrument(name = "attendee::answers_form", skip_all, fields(conference = %conf.0.id))]
pub async fn answers_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    conf: PublishedConference,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    let Some(reg) = my_registration(&state, &conf, &user.0)
        .await?
        .filter(|r| r.status != RegistrationStatus::Cancelled)
    else {
        return Ok(not_registered(&cookie, &conf.slug));
    };
    let l = load(&state, &conf, reg.id).await?;
    let asked: Vec<&Question> = l.asked.iter().collect();
    let fields = answers::fields_with_answers(&asked, &l.categories, &l.stored);
    page(&cookie, conf, FieldErrors::new(), fields)
}

#[tracing::instrument(name = "attendee::save_answers", skip_all, fields(conference = %conf.0.id))]
pub async fn save_answers(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    conf: PublishedConference,
    form: CsrfForm<AnswersForm>,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    let Some(reg) = my_registration(&state, &conf, &user.0)
        .await?
        .filter(|r| r.status != RegistrationStatus::Cancelled)
    else {
        return Ok(not_registered(&cookie, &conf.slug));
    };
    let l = load(&state, &conf, reg.id).await?;
    let asked: Vec<&Question> = l.asked.iter().collect();
    let mut errors = FieldErrors::new();
    let given = answers::parse(&asked, l.category.as_deref(), &form.answers, &mut errors);
    if !errors.is_empty() {
        let fields = answers::fields(&asked, &l.categories, &form.answers);
        return page(&cookie, conf, errors, fields);
    }
    let (cid, uid, rid) = (conf.id, user.0.id, reg.id);
    let reopened = state
        .service
        .run(move |c, ctx| svc::update_answers(c, ctx, uid, cid, rid, &given))
        .await?;
    flash(
        &cookie,
        tr(if reopened {
            "qst-me-saved-reapproval"
        } else {
            "qst-me-saved"
        }),
    );
    Ok(see_other(&format!("/c/{}/me#answers", conf.slug)))
}
