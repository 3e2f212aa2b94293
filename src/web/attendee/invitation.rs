//! `/c/{slug}/invitation/{token}`: the personal invitation link. It shows the
//! sign-up form of the invitation's category with the invited address locked
//! (unless the organizers allowed forwarding) and the name, country, organisation
//! and language prefilled; for a signed-in user, one click. A link that was used,
//! revoked or has expired, or that is unknown, gets a page saying so and what to do.

use actix_session::Session as Cookie;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::SENT_TO_KEY;
use super::register::{
    ParsedSignUp, SignUpForm, conference_questions, parse_answers, parse_sign_up,
};
use crate::db;
use crate::db::categories::Category;
use crate::db::conferences::Conference;
use crate::db::registration_invitations::InvitationRow;
use crate::domain::invitation_state::InvitationState;
use crate::domain::l10n::{Arg, tr, tr_with};
use crate::domain::timefmt::date_span;
use crate::domain::{CountryCode, FieldErrors, passwords};
use crate::service::registration::{self as reg};
use crate::service::registration_invitations::{self as svc, Accepted};
use crate::web::answers::{self, QuestionField};
use crate::web::auth::{MaybeUser, client_ip};
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::PublishedConference;
use crate::web::hashing;
use crate::web::ratelimit::Action;
use crate::web::render::{Layout, flash, html, see_other};
use crate::web::{AppState, CountryOption, country_options};

#[derive(Template)]
#[template(path = "attendee/invitation.html")]
pub struct InvitationPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub lead: String,
    pub action: String,
    pub privacy_notice: String,
    pub category: String,
    pub category_description: String,
    /// The address may not be changed.
    pub locked: bool,
    pub errors: FieldErrors,
    pub form: SignUpForm,
    pub countries: Vec<CountryOption>,
    pub zones: crate::web::zone::Choices,
    /// The sign-in page, coming back here.
    pub login_href: String,
    /// "You are signed in as …", for the one-click form.
    pub signed_in_as: Option<String>,
    /// Signed in under another address than the invited one (and no forwarding).
    pub other_address: Option<String>,
    /// The custom questions asked of the invitation's category.
    pub questions: Vec<QuestionField>,
}

#[derive(Template)]
#[template(path = "attendee/invitation_closed.html")]
pub struct ClosedLinkPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub heading: String,
    pub message: String,
}

fn closed_page(
    cookie: &Cookie,
    conf: &Conference,
    state: Option<InvitationState>,
) -> Result<HttpResponse, AppError> {
    let (heading, message, status) = match state {
        Some(InvitationState::Registered) => (
            "inv-link-used-heading",
            "inv-link-used-text",
            StatusCode::GONE,
        ),
        Some(InvitationState::Revoked) => (
            "inv-link-revoked-heading",
            "inv-link-revoked-text",
            StatusCode::GONE,
        ),
        Some(InvitationState::Expired) => (
            "inv-link-expired-heading",
            "inv-link-expired-text",
            StatusCode::GONE,
        ),
        _ => (
            "inv-link-unknown-heading",
            "inv-link-unknown-text",
            StatusCode::NOT_FOUND,
        ),
    };
    let mut r = html(&ClosedLinkPage {
        layout: Layout::from_cookie(cookie),
        slug: conf.slug.clone(),
        title: conf.title.clone(),
        heading: tr(heading),
        message: tr(message),
    })?;
    *r.status_mut() = status;
    Ok(r)
}

/// The invitation behind the link and its category, if the link is known.
async fn lookup(
    state: &AppState,
    conf: &Conference,
    token: String,
) -> Result<Option<(InvitationRow, Option<Category>)>, AppError> {
    let cid = conf.id;
    state
        .db
        .run(move |c| {
            let hash = db::tokens::hash(&token);
            let Some(inv) = db::registration_invitations::by_token_hash(c, cid, &hash)? else {
                return Ok::<_, AppError>(None);
            };
            let cat = db::categories::by_id(c, cid, &inv.category_id)?;
            Ok(Some((inv, cat)))
        })
        .await
}

/// The invitation's sign-up page (or one-click form), with the questions its
/// category is asked.
async fn page(
    state: &AppState,
    cookie: &Cookie,
    conf: &Conference,
    (inv, cat, token): (&InvitationRow, &Category, &str),
    errors: FieldErrors,
    form: SignUpForm,
    user: Option<&crate::db::users::User>,
) -> Result<HttpResponse, AppError> {
    let all = conference_questions(state, conf).await?;
    let offered = [cat.clone()];
    let shown = answers::shown(&all, &offered);
    let questions = answers::fields(&shown, &offered, &form.answers);
    let conf = &crate::web::content::localized(state, conf).await?;
    let layout = Layout::from_cookie(cookie);
    let dates = date_span(conf.starts_on, conf.ends_on);
    let mismatch = user.filter(|u| !inv.allow_forwarding && u.email.as_str() != inv.email);
    html(&InvitationPage {
        lead: layout.t2(
            "inv-link-lead",
            &("conference", &conf.title),
            &("dates", &dates),
        ),
        signed_in_as: user.map(|u| {
            layout.t2(
                "reg-signed-in-as",
                &("name", &u.name),
                &("email", u.email.as_str()),
            )
        }),
        other_address: mismatch.map(|u| {
            layout.t2(
                "inv-link-other-address",
                &("invited", &inv.email),
                &("email", u.email.as_str()),
            )
        }),
        layout,
        slug: conf.slug.clone(),
        title: conf.title.clone(),
        action: format!("/c/{}/invitation/{token}", conf.slug),
        login_href: format!(
            "/login?{}",
            crate::web::link::query(&[("next", &format!("/c/{}/invitation/{token}", conf.slug))])
        ),
        zones: crate::web::zone::choices(),
        privacy_notice: conf.privacy_notice.clone(),
        category: cat.name.clone(),
        category_description: cat.description.clone(),
        locked: !inv.allow_forwarding,
        errors,
        form,
        countries: country_options(),
        questions,
    })
}

#[tracing::instrument(name = "attendee::invitation_form", skip_all, fields(conference = %conf.0.id))]
pub async fn invitation_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: MaybeUser,
    conf: PublishedConference,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    let token = path.into_inner().1;
    let Some((inv, Some(cat))) = lookup(&state, &conf, token.clone()).await? else {
        return closed_page(&cookie, &conf, None);
    };
    let st = inv.state(state.clock.now());
    if !st.is_open() {
        return closed_page(&cookie, &conf, Some(st));
    }
    let form = SignUpForm {
        name: inv.name.clone(),
        email: inv.email.clone(),
        country: user
            .0
            .as_ref()
            .map_or_else(|| inv.country.clone(), |u| u.country.alpha2().to_string()),
        organization: inv.organization.clone().unwrap_or_default(),
        time_zone: conf.tz.name().to_string(),
        language: inv.language.clone().unwrap_or_default(),
        category: cat.id.clone(),
        ..SignUpForm::default()
    };
    page(
        &state,
        &cookie,
        &conf,
        (&inv, &cat, &token),
        FieldErrors::new(),
        form,
        user.0.as_ref(),
    )
    .await
}

/// The sign-up through the link (anonymous), or the one-click registration of a
/// signed-in user (the form then carries only country and consent).
#[tracing::instrument(name = "attendee::invitation_accept", skip_all, fields(conference = %conf.0.id))]
pub async fn invitation_accept(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    user: MaybeUser,
    conf: PublishedConference,
    path: web::Path<(String, String)>,
    form: CsrfForm<SignUpForm>,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    let token = path.into_inner().1;
    let Some((inv, Some(cat))) = lookup(&state, &conf, token.clone()).await? else {
        return closed_page(&cookie, &conf, None);
    };
    let st = inv.state(state.clock.now());
    if !st.is_open() {
        return closed_page(&cookie, &conf, Some(st));
    }
    let mut form = form.into_inner();
    form.category = cat.id.clone();
    let hash = db::tokens::hash(&token);
    let offered = [cat.clone()];
    let (given, answer_errors) =
        parse_answers(&state, &conf, &offered, &form.category, &form.answers).await?;
    if let Some(u) = user.0.clone() {
        let mut errors = FieldErrors::new();
        let country = errors.check("country", CountryCode::parse(&form.country));
        if form.consent.is_none() {
            errors.add("consent", tr("reg-consent-missing"));
        }
        answers::merge(&mut errors, &answer_errors);
        let Some(country) = country.filter(|_| errors.is_empty()) else {
            return page(
                &state,
                &cookie,
                &conf,
                (&inv, &cat, &token),
                errors,
                form,
                Some(&u),
            )
            .await;
        };
        let conf2 = conf.clone();
        let uid = u.id;
        let outcome = state
            .service
            .run(move |c, ctx| svc::accept_signed_in(c, ctx, &conf2, &hash, &u, country, &given))
            .await?;
        return match outcome {
            Accepted::Closed(s) => closed_page(&cookie, &conf, Some(s)),
            Accepted::WrongEmail => Ok(see_other(&format!("/c/{}/invitation/{token}", conf.slug))),
            Accepted::AlreadyRegistered => {
                flash(&cookie, tr("reg-flash-already"));
                Ok(see_other(&format!("/c/{}/me", conf.slug)))
            }
            _ => {
                super::mine::refresh_nav(&state, &cookie, uid).await?;
                flash(&cookie, tr("inv-flash-registered"));
                Ok(see_other(&format!("/c/{}/me", conf.slug)))
            }
        };
    }
    state
        .limits
        .check(Action::SignUp, client_ip(&req), Some(inv.email.as_str()))
        .await?;
    let parsed = parse_sign_up(&form, &offered).and_then(|p| {
        if !inv.allow_forwarding && p.email.as_str() != inv.email {
            let mut e = FieldErrors::new();
            e.add(
                "email",
                tr_with("inv-link-email-locked", &[("email", Arg::Text(&inv.email))]),
            );
            Err(e)
        } else {
            Ok(p)
        }
    });
    let p: ParsedSignUp = match parsed {
        Ok(p) if answer_errors.is_empty() => p,
        outcome => {
            let mut errors = outcome.err().unwrap_or_default();
            answers::merge(&mut errors, &answer_errors);
            form.password.clear();
            return page(
                &state,
                &cookie,
                &conf,
                (&inv, &cat, &token),
                errors,
                form,
                None,
            )
            .await;
        }
    };
    let password = p.password;
    let password_hash = hashing::run(move || passwords::hash(&password)).await??;
    let email = p.email.clone();
    let sign_up = reg::SignUp {
        name: p.name,
        email: p.email,
        country: p.country,
        organization: p.organization,
        tz: p.tz,
        password_hash,
        language: p.language,
        category: p.category,
        list_consent: super::list_consent::parse(form.list_consent.as_deref()),
        answers: given,
    };
    let conf2 = conf.clone();
    let outcome = state
        .service
        .run(move |c, ctx| svc::accept(c, ctx, &conf2, &hash, sign_up))
        .await?;
    match outcome {
        Accepted::Closed(s) => closed_page(&cookie, &conf, Some(s)),
        _ => {
            let _ = cookie.insert(SENT_TO_KEY, email.as_str());
            Ok(see_other(&format!("/c/{}/register/sent", conf.slug)))
        }
    }
}
