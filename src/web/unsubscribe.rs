//! `/unsubscribe/{token}`: the one-click unsubscribe of announcements (RFC 8058).
//! Every announcement carries its own link in `List-Unsubscribe` and in its footer.
//! A mail client POSTs to it (`List-Unsubscribe=One-Click`) without a session or a
//! CSRF token — the token in the URL is the authentication, as the RFC requires — and
//! a person who follows the link gets a page with one button that POSTs the same.
//! GET never unsubscribes (link scanners fetch every URL in a mail). Unknown tokens
//! count against the client's limit like every link token. Only announcements of
//! that conference stop; confirmations, resets and session changes still arrive.

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::service::announcements as ann;
use crate::web::AppState;
use crate::web::auth::client_ip;
use crate::web::error::AppError;
use crate::web::ratelimit::Guess;
use crate::web::render::{Layout, html};

#[derive(Template)]
#[template(path = "public/unsubscribe.html")]
pub struct UnsubscribePage {
    pub layout: Layout,
    pub conference: String,
    pub action: String,
    pub done: bool,
}

/// Rate-limits the guess and reads the token's (conference title, already done).
async fn target(
    state: &AppState,
    req: &HttpRequest,
    token: &str,
) -> Result<(String, bool), AppError> {
    if token.len() > 100 {
        return Err(AppError::NotFound);
    }
    let attempt = state
        .limits
        .guess(Guess::Token { ip: client_ip(req) })
        .await?;
    let t = token.to_string();
    let found = state
        .db
        .run(move |c| Ok::<_, AppError>(ann::unsubscribe_target(c, &t)?))
        .await?;
    let found = found.ok_or(AppError::NotFound)?;
    state.limits.forgive(attempt).await?;
    Ok(found)
}

// The token is a secret: the spans of these handlers record nothing about the request.
#[tracing::instrument(name = "unsubscribe::form", skip_all)]
pub async fn form(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (conference, done) = target(&state, &req, &token).await?;
    html(&UnsubscribePage {
        layout: Layout::from_cookie(&cookie),
        conference,
        action: format!("/unsubscribe/{}", token.as_str()),
        done,
    })
}

/// The one-click POST. The body (`List-Unsubscribe=One-Click`) is not needed: the
/// token says who and what.
#[tracing::instrument(name = "unsubscribe::one_click", skip_all)]
pub async fn one_click(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (conference, _) = target(&state, &req, &token).await?;
    let t = token.into_inner();
    state
        .service
        .run(move |c, ctx| Ok(ann::unsubscribe(c, &t, ctx.now)?))
        .await?;
    html(&UnsubscribePage {
        layout: Layout::from_cookie(&cookie),
        conference,
        action: String::new(),
        done: true,
    })
}
