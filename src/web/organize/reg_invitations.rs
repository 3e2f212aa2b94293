//! `/organize/c/{slug}/invitations`: the personal invitations to register (who has
//! not answered, who registered, revoked, expired), filtered by state and category,
//! reminders to the ticked invitees, and revoking one after a confirmation. Adding
//! invitations (a CSV or one by one) is in `reg_invitations_add`.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::registrations::when;
use super::{OrgNav, Section};
use crate::db;
use crate::db::categories::Category;
use crate::db::registration_invitations::InvitationRow;
use crate::domain::categories::Admission;
use crate::domain::invitation_state::InvitationState;
use crate::domain::l10n::{Arg, tr, tr_count, tr_with};
use crate::domain::lang::Lang;
use crate::domain::text::country_name;
use crate::service::registration_invitations as svc;
use crate::web::AppState;
use crate::web::csrf::{Csrf, CsrfForm};
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};

#[derive(Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub category: String,
}

/// One invitation, ready to show.
pub struct Line {
    pub id: String,
    pub name: String,
    pub email: String,
    pub category: String,
    pub country: String,
    pub organization: String,
    pub language: String,
    pub state: &'static str,
    pub state_label: String,
    pub badge: &'static str,
    /// "Expires …", "Registered …", "Revoked …".
    pub when: String,
    pub reminded: Option<String>,
    /// A reminder may be sent (not registered, not revoked).
    pub remindable: bool,
    pub revocable: bool,
}

/// A filter option.
pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Template)]
#[template(path = "organize/reg_invitations/index.html")]
pub struct ListPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub base: String,
    pub lines: Vec<Line>,
    /// Whether the conference has any invitation at all (the empty state).
    pub any: bool,
    /// Whether some category admits by invitation (else the page says how to add one).
    pub has_category: bool,
    pub states: Vec<Opt>,
    pub categories: Vec<Opt>,
    /// "12 invited: 5 have not answered, 6 registered, 1 revoked, 0 expired."
    pub summary: String,
    pub filtered: bool,
}

pub(super) fn base(org: &OrganizerConference) -> String {
    format!("/organize/c/{}/invitations", org.conference.slug)
}

/// The categories invitations may be sent to: live ones admitting by invitation.
pub(super) fn invitation_categories(all: &[Category]) -> Vec<Category> {
    all.iter()
        .filter(|c| c.admission == Admission::Invitation && c.archived_at.is_none())
        .cloned()
        .collect()
}

fn n(v: usize) -> Arg<'static> {
    Arg::Number(i64::try_from(v).unwrap_or(i64::MAX))
}

fn line(
    r: InvitationRow,
    cats: &[Category],
    now: chrono::DateTime<chrono::Utc>,
    tz: chrono_tz::Tz,
) -> Line {
    let state = r.state(now);
    let stamp = |key: &str, t: chrono::NaiveDateTime| {
        tr_with(
            key,
            &[("when", Arg::Text(&when(crate::db::from_db_time(t), tz)))],
        )
    };
    let when_text = match (state, r.used_at, r.revoked_at) {
        (InvitationState::Registered, Some(t), _) => stamp("inv-when-registered", t),
        (InvitationState::Revoked, _, Some(t)) => stamp("inv-when-revoked", t),
        (InvitationState::Expired, _, _) => stamp("inv-when-expired", r.expires_at),
        _ => stamp("inv-when-expires", r.expires_at),
    };
    Line {
        category: cats
            .iter()
            .find(|c| c.id == r.category_id)
            .map(|c| c.name.clone())
            .unwrap_or_default(),
        country: country_name(&r.country),
        organization: r.organization.clone().unwrap_or_default(),
        language: r
            .language
            .as_deref()
            .and_then(Lang::parse)
            .map(|l| l.native_name().to_string())
            .unwrap_or_default(),
        state: state.as_str(),
        state_label: tr(state.label_key()),
        badge: state.badge(),
        when: when_text,
        reminded: r.reminded_at.map(|t| stamp("inv-when-reminded", t)),
        remindable: matches!(state, InvitationState::Open | InvitationState::Expired),
        revocable: state.is_open(),
        id: r.id,
        name: r.name,
        email: r.email,
    }
}

#[tracing::instrument(name = "organize::reg_invitations::index", skip_all)]
pub async fn index(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let cid = org.conference.id;
    let (rows, cats) = state
        .db
        .run(move |c| {
            Ok::<_, AppError>((
                db::registration_invitations::for_conference(c, cid)?,
                db::categories::for_conference(c, cid)?,
            ))
        })
        .await?;
    let now = state.clock.now();
    let wanted_state = InvitationState::parse(&q.state);
    let wanted_category = cats
        .iter()
        .find(|c| c.id == q.category)
        .map(|c| c.id.clone());
    let count = |s: InvitationState| rows.iter().filter(|r| r.state(now) == s).count();
    let summary = tr_with(
        "inv-summary",
        &[
            ("total", n(rows.len())),
            ("open", n(count(InvitationState::Open))),
            ("registered", n(count(InvitationState::Registered))),
            ("revoked", n(count(InvitationState::Revoked))),
            ("expired", n(count(InvitationState::Expired))),
        ],
    );
    let any = !rows.is_empty();
    let lines = rows
        .into_iter()
        .filter(|r| wanted_state.is_none_or(|s| r.state(now) == s))
        .filter(|r| wanted_category.as_ref().is_none_or(|c| *c == r.category_id))
        .map(|r| line(r, &cats, now, org.conference.tz))
        .collect();
    let opt = |value: &str, label: String, selected: bool| Opt {
        value: value.to_string(),
        label,
        selected,
    };
    html(&ListPage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&org.conference, Section::Registrations),
        base: base(&org),
        lines,
        any,
        has_category: !invitation_categories(&cats).is_empty(),
        states: std::iter::once(opt("", tr("inv-filter-any-state"), wanted_state.is_none()))
            .chain(
                InvitationState::ALL
                    .into_iter()
                    .map(|s| opt(s.as_str(), tr(s.label_key()), wanted_state == Some(s))),
            )
            .collect(),
        categories: std::iter::once(opt(
            "",
            tr("inv-filter-any-category"),
            wanted_category.is_none(),
        ))
        .chain(
            cats.iter()
                .filter(|c| c.admission == Admission::Invitation)
                .map(|c| {
                    opt(
                        &c.id,
                        c.name.clone(),
                        wanted_category.as_deref() == Some(c.id.as_str()),
                    )
                }),
        )
        .collect(),
        summary,
        filtered: wanted_state.is_some() || wanted_category.is_some(),
    })
}

/// Reminders to the ticked invitees (`iid` fields).
#[tracing::instrument(name = "organize::reg_invitations::remind", skip_all)]
pub async fn remind(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let back = base(&org);
    let ids: Vec<String> = form
        .into_inner()
        .into_iter()
        .filter(|(k, v)| k == "iid" && !v.is_empty() && v.len() <= 64)
        .map(|(_, v)| v)
        .collect();
    if ids.is_empty() {
        flash(&cookie, tr("inv-remind-none-ticked"));
        return Ok(see_other(&back));
    }
    let (conf, actor) = (org.conference.clone(), org.user.id);
    let sent = state
        .service
        .run(move |c, ctx| svc::remind(c, ctx, actor, &conf, &ids))
        .await?;
    let sent = i64::try_from(sent).unwrap_or(i64::MAX);
    flash(&cookie, tr_count("inv-remind-done", sent));
    Ok(see_other(&back))
}

#[derive(Template)]
#[template(path = "organize/reg_invitations/revoke.html")]
pub struct RevokePage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub base: String,
    pub line: Line,
}

async fn load_one(
    state: &AppState,
    org: &OrganizerConference,
    id: String,
) -> Result<(InvitationRow, Vec<Category>), AppError> {
    let cid = org.conference.id;
    state
        .db
        .run(move |c| {
            let row =
                db::registration_invitations::by_id(c, cid, &id)?.ok_or(AppError::NotFound)?;
            Ok::<_, AppError>((row, db::categories::for_conference(c, cid)?))
        })
        .await
}

/// "Revoke this invitation?": who, and that the link will stop working.
#[tracing::instrument(name = "organize::reg_invitations::revoke_form", skip_all)]
pub async fn revoke_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (row, cats) = load_one(&state, &org, path.into_inner().1).await?;
    let now = state.clock.now();
    if !row.state(now).is_open() {
        flash(&cookie, tr("inv-revoke-not-open"));
        return Ok(see_other(&base(&org)));
    }
    html(&RevokePage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&org.conference, Section::Registrations),
        base: base(&org),
        line: line(row, &cats, now, org.conference.tz),
    })
}

#[tracing::instrument(name = "organize::reg_invitations::revoke", skip_all)]
pub async fn revoke(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<(String, String)>,
    _csrf: Csrf,
) -> Result<HttpResponse, AppError> {
    let (row, _) = load_one(&state, &org, path.into_inner().1).await?;
    let (conf, actor, id) = (org.conference.clone(), org.user.id, row.id.clone());
    let revoked = state
        .service
        .run(move |c, ctx| svc::revoke(c, ctx, actor, &conf, &id))
        .await?;
    flash(
        &cookie,
        if revoked {
            tr_with("inv-revoke-done", &[("name", Arg::Text(&row.name))])
        } else {
            tr("inv-revoke-not-open")
        },
    );
    Ok(see_other(&base(&org)))
}
