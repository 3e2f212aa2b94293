//! `/invite/{token}`: answering a role invitation. Opening the link changes
//! nothing; the page depends on who opens it. Signed in as the invited address: one
//! button (POST) accepts. Signed in as someone else: the page says so and accepts
//! nothing. Not signed in: if the address has an account, its owner signs in first
//! (the invitation never replaces a password); otherwise they choose a name,
//! country and password, and the account is created with the role.

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::db;
use crate::db::invitations::{Invitation, Offer};
use crate::domain::l10n::{Arg, tr_with};
use crate::domain::{CountryCode, FieldErrors, Password, PersonName, passwords};
use crate::service::people::{self as svc, Accepted, Role};
use crate::web::AppState;
use crate::web::auth::{MaybeUser, client_ip, sign_in};
use crate::web::country_options;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::hashing;
use crate::web::link::query;
use crate::web::ratelimit::Guess;
use crate::web::render::{Layout, flash, html, see_other};

/// Which version of the page to show.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum View {
    /// Unknown, used, withdrawn or expired link.
    Invalid,
    /// Signed in as the invited address: one button.
    Accept,
    /// Signed in as another account.
    OtherAccount,
    /// Not signed in, and the address has an account.
    SignIn,
    /// Not signed in, no account: name, country, password.
    NewAccount,
}

#[derive(Default, Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub password: String,
}

#[derive(Template)]
#[template(path = "organize/invite.html")]
pub struct InvitePage {
    pub layout: Layout,
    pub view: View,
    pub token: String,
    pub conference: String,
    /// "The organisers of “…” invite … to be speaker of the session “Title”."
    pub lead: String,
    /// The invited address.
    pub email: String,
    /// The signed-in account's address, when it is another one.
    pub signed_in_as: String,
    pub login: String,
    pub errors: FieldErrors,
    pub person_name: String,
    pub country: String,
    pub countries: Vec<crate::web::CountryOption>,
}

/// What the page needs to know about an invitation.
struct Found {
    inv: Invitation,
    conference: String,
    /// Whether the invited address has an account someone can sign in to.
    has_account: bool,
}

async fn find(state: &AppState, token: &str) -> Result<Option<Found>, AppError> {
    let (token, now) = (token.to_string(), state.clock.now());
    state
        .db
        .run(move |c| {
            let Some(inv) = db::invitations::by_token(c, &token, now)? else {
                return Ok::<_, AppError>(None);
            };
            let Some(conf) = db::conferences::by_id(c, inv.conference)? else {
                return Ok(None);
            };
            let has_account = match crate::domain::Email::parse(&inv.email) {
                Ok(e) => db::users::by_email(c, &e)?.is_some_and(|u| u.password_hash.is_some()),
                Err(_) => false,
            };
            Ok(Some(Found {
                inv,
                conference: conf.title,
                has_account,
            }))
        })
        .await
}

/// A sentence about the invitation's role: `{prefix}-session` ("… speaker of the
/// session “Title” …", `$role` choosing the word) or `{prefix}-organizer`, with
/// `$conference` and `$email`.
fn about(prefix: &str, inv: &Invitation, conference: &str) -> String {
    let mut args = vec![
        ("conference", Arg::Text(conference)),
        ("email", Arg::Text(&inv.email)),
    ];
    match (inv.offer, &inv.session_title) {
        (Offer::Session(_, r), Some(t)) => {
            args.push(("role", Arg::Text(Role::Session(r).label())));
            args.push(("title", Arg::Text(t)));
            tr_with(&format!("{prefix}-session"), &args)
        }
        _ => tr_with(&format!("{prefix}-organizer"), &args),
    }
}

fn page(
    cookie: &Cookie,
    token: &str,
    found: Option<&Found>,
    user: Option<&db::users::User>,
    errors: FieldErrors,
    form: &AcceptForm,
) -> InvitePage {
    let view = match (found, user) {
        (None, _) => View::Invalid,
        (Some(f), Some(u)) if u.email.as_str() == f.inv.email => View::Accept,
        (Some(_), Some(_)) => View::OtherAccount,
        (Some(f), None) if f.has_account => View::SignIn,
        (Some(_), None) => View::NewAccount,
    };
    let here = format!("/invite/{token}");
    InvitePage {
        layout: Layout::from_cookie(cookie),
        view,
        token: if view == View::Invalid {
            String::new()
        } else {
            token.to_string()
        },
        conference: found.map(|f| f.conference.clone()).unwrap_or_default(),
        lead: found
            .map(|f| about("org-invite-lead", &f.inv, &f.conference))
            .unwrap_or_default(),
        email: found.map(|f| f.inv.email.clone()).unwrap_or_default(),
        signed_in_as: user.map(|u| u.email.to_string()).unwrap_or_default(),
        login: format!("/login?{}", query(&[("next", here.as_str())])),
        errors,
        person_name: form.name.clone(),
        country: form.country.clone(),
        countries: country_options(),
    }
}

// The token is a secret: the spans of these two record nothing about the request.
/// [`find`], with unknown and expired tokens counted against the client address's
/// limit (429 when used up), as every link token is.
async fn find_limited(
    state: &AppState,
    req: &HttpRequest,
    token: &str,
) -> Result<Option<Found>, AppError> {
    let attempt = state
        .limits
        .guess(Guess::Token { ip: client_ip(req) })
        .await?;
    let found = find(state, token).await?;
    if found.is_some() {
        state.limits.forgive(attempt).await?;
    }
    Ok(found)
}

#[tracing::instrument(name = "organize::invite::invite_form", skip_all)]
pub async fn invite_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: MaybeUser,
    req: HttpRequest,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let found = find_limited(&state, &req, &token).await?;
    html(&page(
        &cookie,
        &token,
        found.as_ref(),
        user.0.as_ref(),
        FieldErrors::new(),
        &AcceptForm::default(),
    ))
}

#[tracing::instrument(name = "organize::invite::accept_invite", skip_all)]
pub async fn accept_invite(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: MaybeUser,
    req: HttpRequest,
    token: web::Path<String>,
    form: CsrfForm<AcceptForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let form = form.into_inner();
    let Some(found) = find_limited(&state, &req, &token).await? else {
        return html(&page(
            &cookie,
            &token,
            None,
            None,
            FieldErrors::new(),
            &form,
        ));
    };
    let outcome = match &user.0 {
        Some(u) => {
            if u.email.as_str() != found.inv.email {
                // Nothing to do: the page says whose invitation it is.
                return html(&page(
                    &cookie,
                    &token,
                    Some(&found),
                    Some(u),
                    FieldErrors::new(),
                    &form,
                ));
            }
            let (t, uid) = (token.clone(), u.id);
            state
                .service
                .run(move |c, ctx| svc::accept_signed_in(c, ctx, &t, uid))
                .await?
        }
        None => {
            if found.has_account {
                return html(&page(
                    &cookie,
                    &token,
                    Some(&found),
                    None,
                    FieldErrors::new(),
                    &form,
                ));
            }
            let mut e = FieldErrors::new();
            let name = e.check("name", PersonName::parse(&form.name));
            let country = e.check("country", CountryCode::parse(&form.country));
            let password = e.check("password", Password::parse(&form.password));
            let (Some(name), Some(country), Some(password)) = (name, country, password) else {
                return html(&page(&cookie, &token, Some(&found), None, e, &form));
            };
            // The invitation was checked (by `find`) before this slow, memory-hungry hash.
            let hash = hashing::run(move || passwords::hash(&password)).await??;
            let t = token.clone();
            state
                .service
                .run(move |c, ctx| svc::accept_as_new(c, ctx, &t, &name, country, &hash))
                .await?
        }
    };
    match outcome {
        Accepted::Granted(u) => {
            sign_in(&state, &cookie, &u).await?;
            flash(
                &cookie,
                about("org-invite-flash", &found.inv, &found.conference),
            );
            Ok(see_other(match found.inv.offer {
                Offer::Organizer => "/organize",
                Offer::Session(..) => "/moderate",
            }))
        }
        Accepted::DoubleBooked(clashes) => {
            let mut e = FieldErrors::new();
            e.add(
                "accept",
                tr_with(
                    "org-invite-double-booked",
                    &[("clashes", Arg::Text(&clashes.join("; ")))],
                ),
            );
            html(&page(
                &cookie,
                &token,
                Some(&found),
                user.0.as_ref(),
                e,
                &form,
            ))
        }
        Accepted::SignInFirst => {
            let found = Found {
                has_account: true,
                ..found
            };
            html(&page(
                &cookie,
                &token,
                Some(&found),
                None,
                FieldErrors::new(),
                &form,
            ))
        }
        Accepted::WrongAccount => html(&page(
            &cookie,
            &token,
            Some(&found),
            user.0.as_ref(),
            FieldErrors::new(),
            &form,
        )),
        Accepted::Invalid => html(&page(
            &cookie,
            &token,
            None,
            None,
            FieldErrors::new(),
            &form,
        )),
    }
}
