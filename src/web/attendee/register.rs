//! Signing up for a conference: the form (or one click for a signed-in user), the
//! registration window, and the "check your email" page.

use crate::db::categories::Category;
use crate::db::questions::Question;
use crate::domain::categories::Admission;
use crate::domain::l10n::chosen_language;
use crate::domain::l10n::{Arg, tr, tr_with};
use crate::domain::lang::Lang;
use crate::service::questions::{self, Answers};
use crate::web::answers::{self, QuestionField, RawPairs};
use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::SENT_TO_KEY;
use crate::db;
use crate::db::conferences::Conference;
use crate::db::users::User;
use crate::domain::status::RegistrationStatus;
use crate::domain::text::clean_text;
use crate::domain::timefmt::{clock_zone, date_span, long_date};
use crate::domain::{CountryCode, Email, FieldErrors, Password, PersonName, TimeZone, passwords};
use crate::service::registration::{self as reg, JoinOutcome};
use crate::web::auth::{CurrentUser, MaybeUser, client_ip};
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::PublishedConference;
use crate::web::hashing;
use crate::web::ratelimit::Action;
use crate::web::render::{Layout, flash, html, see_other};
use crate::web::{AppState, CountryOption, country_options};

/// Why registration is not open now, if it is not.
fn window_closed(conf: &Conference, now: chrono::DateTime<chrono::Utc>) -> Option<String> {
    let when = |t: chrono::DateTime<chrono::Utc>| {
        tr_with(
            "reg-window-when",
            &[
                (
                    "date",
                    Arg::Text(&long_date(t.with_timezone(&conf.tz).date_naive())),
                ),
                ("time", Arg::Text(&clock_zone(&t.with_timezone(&conf.tz)))),
            ],
        )
    };
    let say = |key: &str, t| tr_with(key, &[("when", Arg::Text(&when(t)))]);
    match (conf.registration_opens_at, conf.registration_closes_at) {
        (Some(open), _) if now < open => Some(say("reg-window-opens", open)),
        (_, Some(close)) if now >= close => Some(say("reg-window-closed", close)),
        _ => None,
    }
}

// ---------------------------------------------------------------- sign-up form

/// What the person typed, echoed back on errors (never the password).
#[derive(Default, Deserialize)]
pub struct SignUpForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub organization: String,
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub consent: Option<String>,
    /// "yes": appear on the public list of participants.
    #[serde(default)]
    pub list_consent: Option<String>,
    /// The language for pages and mail; empty means the page's language.
    #[serde(default)]
    pub language: String,
    /// The participant category's id (asked when more than one is offered).
    #[serde(default)]
    pub category: String,
    /// The answers to custom questions (`q_<id>`) and any other field.
    #[serde(flatten)]
    pub answers: RawPairs,
}

/// A category offered on the form.
pub struct CategoryChoice {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Joining it waits for the organizers' approval.
    pub approval: bool,
}

/// The categories the public form offers (live, not invitation-only), in order.
async fn public_categories(state: &AppState, conf: &Conference) -> Result<Vec<Category>, AppError> {
    let id = conf.id;
    let all = state
        .db
        .run(move |c| Ok::<_, AppError>(db::categories::live(c, id)?))
        .await?;
    Ok(all
        .into_iter()
        .filter(|c| c.admission.on_public_form())
        .collect())
}

/// The open category the form starts on (and takes when a client sends none).
fn default_category(offered: &[Category]) -> Option<&Category> {
    offered.iter().find(|c| c.admission == Admission::Open)
}

/// The category the form chose: the only one offered, or the one ticked among
/// several (the open one when none is sent; a field error when there is no open
/// one, or for an unknown one); none without categories.
fn chosen_category(
    offered: &[Category],
    value: &str,
    e: &mut FieldErrors,
) -> Option<Option<Category>> {
    match offered {
        [] => Some(None),
        [only] => Some(Some(only.clone())),
        many if value.is_empty() && default_category(many).is_some() => {
            Some(default_category(many).cloned())
        }
        many => match many.iter().find(|c| c.id == value) {
            Some(c) => Some(Some(c.clone())),
            None => {
                e.add("category", tr("reg-category-missing"));
                None
            }
        },
    }
}

#[derive(Template)]
#[template(path = "attendee/register.html")]
pub struct RegisterPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub dates: String,
    pub privacy_notice: String,
    pub full: bool,
    pub errors: FieldErrors,
    pub form: SignUpForm,
    pub countries: Vec<CountryOption>,
    pub zones: crate::web::zone::Choices,
    /// "You are signed in as …", when a signed-in user can register in one click.
    pub signed_in_as: Option<String>,
    /// The title, dates and "online" line under the heading.
    pub lead: String,
    /// The categories to choose from (the form asks only when there are several).
    pub categories: Vec<CategoryChoice>,
    /// The conference's custom questions (issue 18), with what was typed.
    pub questions: Vec<QuestionField>,
}

#[derive(Template)]
#[template(path = "attendee/closed.html")]
pub struct ClosedPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub message: String,
}

async fn is_full(state: &AppState, conf: &Conference) -> Result<bool, AppError> {
    let Some(cap) = conf.capacity else {
        return Ok(false);
    };
    let id = conf.id;
    let taken = state
        .db
        .run(move |c| Ok::<_, AppError>(db::registrations::seats_taken(c, id, None)?))
        .await?;
    Ok(taken >= i64::from(cap))
}

fn register_page(
    cookie: &Cookie,
    conf: &Conference,
    (full, offered): (bool, &[Category]),
    errors: FieldErrors,
    form: SignUpForm,
    user: Option<&User>,
) -> RegisterPage {
    let layout = Layout::from_cookie(cookie);
    let dates = date_span(conf.starts_on, conf.ends_on);
    RegisterPage {
        lead: layout.t2("reg-lead", &("conference", &conf.title), &("dates", &dates)),
        signed_in_as: user.map(|u| {
            layout.t2(
                "reg-signed-in-as",
                &("name", &u.name),
                &("email", u.email.as_str()),
            )
        }),
        layout,
        slug: conf.slug.clone(),
        title: conf.title.clone(),
        dates: date_span(conf.starts_on, conf.ends_on),
        privacy_notice: conf.privacy_notice.clone(),
        full,
        errors,
        form,
        countries: country_options(),
        zones: crate::web::zone::choices(),
        categories: offered
            .iter()
            .map(|c| CategoryChoice {
                id: c.id.clone(),
                name: c.name.clone(),
                description: c.description.clone(),
                approval: c.admission == Admission::Approval,
            })
            .collect(),
        questions: Vec::new(),
    }
}

/// The live questions of the conference (the form shows those asked of an
/// offered category).
pub(super) async fn conference_questions(
    state: &AppState,
    conf: &Conference,
) -> Result<Vec<Question>, AppError> {
    let id = conf.id;
    state
        .db
        .run(move |c| Ok::<_, AppError>(db::questions::live(c, id)?))
        .await
}

/// The sign-up page with the questions asked of the offered categories.
async fn page_with_questions(
    state: &AppState,
    cookie: &Cookie,
    conf: &Conference,
    (full, offered): (bool, &[Category]),
    errors: FieldErrors,
    form: SignUpForm,
    user: Option<&User>,
) -> Result<HttpResponse, AppError> {
    let all = conference_questions(state, conf).await?;
    let shown = answers::shown(&all, offered);
    let questions = answers::fields(&shown, offered, &form.answers);
    let mut page = register_page(cookie, conf, (full, offered), errors, form, user);
    page.questions = questions;
    html(&page)
}

/// The answers the form gave for the category it chose, or their field errors.
pub(super) async fn parse_answers(
    state: &AppState,
    conf: &Conference,
    offered: &[Category],
    category: &str,
    sent: &RawPairs,
) -> Result<(Answers, FieldErrors), AppError> {
    let all = conference_questions(state, conf).await?;
    let shown = answers::shown(&all, offered);
    let chosen = chosen_category(offered, category, &mut FieldErrors::new()).flatten();
    let mut e = FieldErrors::new();
    let given = answers::parse(&shown, chosen.as_ref().map(|c| c.id.as_str()), sent, &mut e);
    Ok((given, e))
}

#[tracing::instrument(name = "attendee::register_form", skip_all, fields(conference = %conf.0.id))]
pub async fn register_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: MaybeUser,
    conf: PublishedConference,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    if let Some(message) = window_closed(&conf, state.clock.now()) {
        return html(&ClosedPage {
            layout: Layout::from_cookie(&cookie),
            slug: conf.slug,
            title: conf.title,
            message,
        });
    }
    if let Some(u) = &user.0 {
        let (cid, uid) = (conf.id, u.id);
        let existing = state
            .db
            .run(move |c| Ok::<_, AppError>(db::registrations::for_user(c, cid, uid)?))
            .await?;
        if existing.is_some_and(|r| r.status != RegistrationStatus::Cancelled) {
            return Ok(see_other(&format!("/c/{}/me", conf.slug)));
        }
    }
    let full = is_full(&state, &conf).await?;
    let offered = public_categories(&state, &conf).await?;
    let form = SignUpForm {
        time_zone: conf.tz.name().to_string(),
        category: default_category(&offered)
            .map(|c| c.id.clone())
            .unwrap_or_default(),
        // One click for a signed-in user: their profile's country, which they may change.
        country: user
            .0
            .as_ref()
            .map(|u| u.country.alpha2().to_string())
            .unwrap_or_default(),
        ..SignUpForm::default()
    };
    page_with_questions(
        &state,
        &cookie,
        &crate::web::content::localized(&state, &conf).await?,
        (full, &offered),
        FieldErrors::new(),
        form,
        user.0.as_ref(),
    )
    .await
}

/// A validated form, ready for the service.
pub(super) struct ParsedSignUp {
    pub(super) name: PersonName,
    pub(super) email: Email,
    pub(super) country: CountryCode,
    pub(super) organization: Option<String>,
    pub(super) tz: TimeZone,
    pub(super) password: Password,
    pub(super) language: Lang,
    pub(super) category: Option<Category>,
}

/// Also reads the personal invitation link's form (`invitation`).
pub(super) fn parse_sign_up(
    f: &SignUpForm,
    offered: &[Category],
) -> Result<ParsedSignUp, FieldErrors> {
    let mut e = FieldErrors::new();
    let name = e.check("name", PersonName::parse(&f.name));
    let email = e.check("email", Email::parse(&f.email));
    let category = chosen_category(offered, &f.category, &mut e);
    let country = e.check("country", CountryCode::parse(&f.country));
    let organization = e.check(
        "organization",
        clean_text(&f.organization, 200, false).map(|s| Some(s).filter(|s| !s.is_empty())),
    );
    let tz = e.check("time_zone", TimeZone::parse(&f.time_zone));
    let password = e.check("password", Password::parse(&f.password));
    let language = e.check("language", chosen_language(&f.language));
    if f.consent.is_none() {
        e.add("consent", tr("reg-consent-missing"));
    }
    match (
        name,
        email,
        country,
        organization,
        tz,
        password,
        (language, category),
    ) {
        (
            Some(name),
            Some(email),
            Some(country),
            Some(organization),
            Some(tz),
            Some(password),
            (Some(language), Some(category)),
        ) if e.is_empty() => Ok(ParsedSignUp {
            name,
            email,
            country,
            organization,
            tz,
            password,
            language,
            category,
        }),
        _ => Err(e),
    }
}

#[tracing::instrument(name = "attendee::register", skip_all, fields(conference = %conf.0.id))]
pub async fn register(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    form: CsrfForm<SignUpForm>,
    conf: PublishedConference,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    if window_closed(&conf, state.clock.now()).is_some() {
        return Ok(see_other(&format!("/c/{}/register", conf.slug)));
    }
    let mut form = form.into_inner();
    let account = Email::parse(&form.email).ok();
    state
        .limits
        .check(
            Action::SignUp,
            client_ip(&req),
            account.as_ref().map(Email::as_str),
        )
        .await?;
    let offered = public_categories(&state, &conf).await?;
    let (given, answer_errors) =
        parse_answers(&state, &conf, &offered, &form.category, &form.answers).await?;
    let parsed = match parse_sign_up(&form, &offered) {
        Ok(p) if answer_errors.is_empty() => p,
        outcome => {
            let mut errors = outcome.err().unwrap_or_default();
            answers::merge(&mut errors, &answer_errors);
            form.password.clear();
            let full = is_full(&state, &conf).await?;
            return page_with_questions(
                &state,
                &cookie,
                &crate::web::content::localized(&state, &conf).await?,
                (full, &offered),
                errors,
                form,
                None,
            )
            .await;
        }
    };
    let ParsedSignUp {
        name,
        email,
        country,
        organization,
        tz,
        password,
        language,
        category,
    } = parsed;
    let password_hash = hashing::run(move || passwords::hash(&password)).await??;
    let sign_up = reg::SignUp {
        name,
        email: email.clone(),
        country,
        organization,
        tz,
        password_hash,
        language,
        category,
        list_consent: super::list_consent::parse(form.list_consent.as_deref()),
        answers: given,
    };
    let conf2 = conf.clone();
    state
        .service
        .run(move |c, ctx| reg::sign_up(c, ctx, &conf2, &sign_up))
        .await?;
    let _ = cookie.insert(SENT_TO_KEY, email.as_str());
    Ok(see_other(&format!("/c/{}/register/sent", conf.slug)))
}

#[derive(Template)]
#[template(path = "attendee/sent.html")]
pub struct SentPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub email: Option<String>,
}

/// "Check your email": identical whether the address was new or known.
#[tracing::instrument(name = "attendee::sent", skip_all, fields(conference = %conf.0.id))]
pub async fn sent(cookie: Cookie, conf: PublishedConference) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    let email = cookie.remove_as::<String>(SENT_TO_KEY).and_then(Result::ok);
    html(&SentPage {
        layout: Layout::from_cookie(&cookie),
        slug: conf.slug,
        title: conf.title,
        email,
    })
}

/// The one-click form: the country to register under and consent to the notice.
#[derive(Default, Deserialize)]
pub struct JoinForm {
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub consent: Option<String>,
    #[serde(default)]
    pub category: String,
    /// The answers to custom questions (`q_<id>`).
    #[serde(flatten)]
    pub answers: RawPairs,
}

fn parse_join(
    f: &JoinForm,
    offered: &[Category],
) -> Result<(CountryCode, Option<Category>), FieldErrors> {
    let mut e = FieldErrors::new();
    let category = chosen_category(offered, &f.category, &mut e);
    let country = e.check("country", CountryCode::parse(&f.country));
    if f.consent.is_none() {
        e.add("consent", tr("reg-consent-missing"));
    }
    match (country, category) {
        (Some(c), Some(cat)) if e.is_empty() => Ok((c, cat)),
        _ => Err(e),
    }
}

/// One-click registration for a signed-in user: the privacy notice, consent and
/// the country asked as on the anonymous form (the country prefilled from the
/// profile).
#[tracing::instrument(
    name = "attendee::join_conference",
    skip_all,
    fields(conference = %conf.0.id, user = %user.0.id)
)]
pub async fn join_conference(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    form: CsrfForm<JoinForm>,
    conf: PublishedConference,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    if window_closed(&conf, state.clock.now()).is_some() {
        return Ok(see_other(&format!("/c/{}/register", conf.slug)));
    }
    let form = form.into_inner();
    let offered = public_categories(&state, &conf).await?;
    let (given, answer_errors) =
        parse_answers(&state, &conf, &offered, &form.category, &form.answers).await?;
    let (country, category) = match parse_join(&form, &offered) {
        Ok(c) if answer_errors.is_empty() => c,
        outcome => {
            let mut errors = outcome.err().unwrap_or_default();
            answers::merge(&mut errors, &answer_errors);
            let full = is_full(&state, &conf).await?;
            let echo = SignUpForm {
                country: form.country,
                consent: form.consent,
                category: form.category,
                answers: form.answers,
                ..SignUpForm::default()
            };
            return page_with_questions(
                &state,
                &cookie,
                &crate::web::content::localized(&state, &conf).await?,
                (full, &offered),
                errors,
                echo,
                Some(&user.0),
            )
            .await;
        }
    };
    let conf2 = conf.clone();
    let uid = user.0.id;
    let outcome = state
        .service
        .run(move |c, ctx| {
            questions::join_with_answers(
                c,
                ctx,
                &conf2,
                &user.0,
                country,
                category.as_ref(),
                &given,
            )
        })
        .await?;
    super::mine::refresh_nav(&state, &cookie, uid).await?;
    flash(
        &cookie,
        tr(match outcome {
            JoinOutcome::AlreadyRegistered => "reg-flash-already",
            JoinOutcome::Registered(RegistrationStatus::Confirmed) => "reg-flash-registered",
            JoinOutcome::Registered(RegistrationStatus::Waitlisted) => "reg-flash-waitlisted",
            JoinOutcome::AwaitingApproval => "reg-flash-awaiting",
            JoinOutcome::Registered(_) => "reg-flash-confirm-email",
        }),
    );
    Ok(see_other(&format!("/c/{}/me", conf.slug)))
}
