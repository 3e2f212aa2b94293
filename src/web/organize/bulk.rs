//! Bulk actions on the registrations table: confirm, cancel, promote or resend on
//! the ticked rows or on every registration the current filters match, always
//! through a confirmation page that says how many the action applies to. Each
//! registration goes through the same use case as its own button
//! (`service::registrations_admin::apply`), so each is audit-logged.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::registrations::text::counted;
use super::registrations::{ListQuery, View};
use super::{OrgNav, Section};
use crate::db::registrations_admin::{self as admin, Sort};
use crate::domain::RegistrationId;
use crate::domain::l10n::{Arg, tr, tr_with};
use crate::domain::registration::RegistrationAction;
use crate::service::registrations_admin::apply_many;
use crate::web::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};

/// What the bulk form asked for, read from its pairs (`rid` repeats).
struct Request {
    action: Option<RegistrationAction>,
    filtered: bool,
    rids: Vec<RegistrationId>,
    query: ListQuery,
    confirmed: bool,
}

fn read(pairs: &[(String, String)]) -> Request {
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.trim().is_empty())
    };
    Request {
        action: get("action").and_then(|a| {
            RegistrationAction::ALL
                .into_iter()
                .find(|x| x.slug() == a.as_str())
        }),
        filtered: get("scope").as_deref() == Some("filtered"),
        rids: pairs
            .iter()
            .filter(|(n, _)| n == "rid")
            .filter_map(|(_, v)| RegistrationId::parse(v))
            .collect(),
        query: ListQuery {
            q: get("q"),
            status: get("status"),
            country: get("country"),
            session: get("session"),
            ..ListQuery::default()
        },
        confirmed: get("confirmed").as_deref() == Some("yes"),
    }
}

/// The messages of an action: the confirmation page's question, its "yes" button
/// and the action's name in the closing flash message.
fn keys(a: RegistrationAction) -> [&'static str; 3] {
    match a {
        RegistrationAction::Resend => [
            "org-bulk-heading-resend",
            "org-bulk-yes-resend",
            "org-bulk-name-resend",
        ],
        RegistrationAction::Confirm => [
            "org-bulk-heading-confirm",
            "org-bulk-yes-confirm",
            "org-bulk-name-confirm",
        ],
        RegistrationAction::Promote => [
            "org-bulk-heading-promote",
            "org-bulk-yes-promote",
            "org-bulk-name-promote",
        ],
        RegistrationAction::Cancel => [
            "org-bulk-heading-cancel",
            "org-bulk-yes-cancel",
            "org-bulk-name-cancel",
        ],
    }
}

/// "5 registrations are ticked; the action applies to 3 of them. The other 2 are
/// skipped: … Each one is mailed and recorded in the audit log …"
fn summary(filtered: bool, targets: usize, applicable: usize) -> String {
    let (targets, applicable) = (targets as i64, applicable as i64);
    let key = if filtered {
        "org-bulk-summary-filtered"
    } else {
        "org-bulk-summary-ticked"
    };
    let mut out = counted(key, targets, &[("applicable", applicable)]);
    if applicable < targets {
        out.push(' ');
        out.push_str(&counted(
            "org-bulk-summary-skipped",
            targets - applicable,
            &[],
        ));
    }
    out.push(' ');
    out.push_str(&tr("org-bulk-summary-audit"));
    out
}

#[derive(Template)]
#[template(path = "organize/registrations/bulk_confirm.html")]
pub struct BulkConfirmPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub heading: String,
    pub summary: String,
    /// The button's text: "Yes, confirm 3".
    pub yes: String,
    pub applicable: usize,
    pub fields: Vec<(String, String)>,
    pub back: String,
}

#[tracing::instrument(
    name = "organize::bulk::bulk",
    skip_all,
    fields(conference = %org.conference.id, user = %org.user.id)
)]
pub async fn bulk(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let pairs = form.into_inner();
    let req = read(&pairs);
    let conf = org.conference;
    let back = format!("/organize/c/{}/registrations", conf.slug);
    let Some(action) = req.action else {
        flash(&cookie, tr("org-bulk-flash-no-action"));
        return Ok(see_other(&back));
    };
    let view = View::parse(&req.query);
    let (cid, filtered, rids) = (conf.id, req.filtered, req.rids.clone());
    // Every target with whether the action applies to it now.
    let targets: Vec<(RegistrationId, bool)> = state
        .db
        .run(move |c| {
            let mut out = Vec::new();
            if filtered {
                for r in admin::all(c, cid, &view.filter, Sort::default())? {
                    out.push((r.id, action.allowed(r.status, r.name.is_some())));
                }
            } else {
                for rid in rids {
                    if let Some(d) = admin::detail(c, cid, rid)? {
                        out.push((d.id, action.allowed(d.status, d.person.is_some())));
                    }
                }
            }
            Ok::<_, AppError>(out)
        })
        .await?;
    if targets.is_empty() {
        flash(
            &cookie,
            tr(if req.filtered {
                "org-bulk-flash-no-match"
            } else {
                "org-bulk-flash-none-ticked"
            }),
        );
        return Ok(see_other(&back));
    }
    let ids: Vec<RegistrationId> = targets.iter().filter(|t| t.1).map(|t| t.0).collect();
    if !req.confirmed {
        let mut fields: Vec<(String, String)> = pairs
            .into_iter()
            .filter(|(k, _)| k != "csrf" && k != "confirmed")
            .collect();
        fields.push(("confirmed".into(), "yes".into()));
        return html(&BulkConfirmPage {
            layout: Layout::from_cookie(&cookie),
            nav: OrgNav::new(&conf, Section::Registrations),
            heading: counted(keys(action)[0], ids.len() as i64, &[]),
            summary: summary(req.filtered, targets.len(), ids.len()),
            yes: counted(keys(action)[1], ids.len() as i64, &[]),
            applicable: ids.len(),
            fields,
            back,
        });
    }
    let actor = org.user.id;
    let conf2 = conf.clone();
    let done = state
        .service
        .run(move |c, ctx| apply_many(c, ctx, &conf2, actor, &ids, action))
        .await?;
    let skipped = done.skipped + (targets.len() - done.done - done.skipped);
    let name = tr(keys(action)[2]);
    let mut message = counted("org-bulk-done", done.done as i64, &[]);
    if skipped > 0 {
        message.push(' ');
        message.push_str(&counted("org-bulk-done-skipped", skipped as i64, &[]));
    }
    flash(
        &cookie,
        tr_with(
            "org-bulk-done-line",
            &[("action", Arg::Text(&name)), ("done", Arg::Text(&message))],
        ),
    );
    Ok(see_other(&back))
}
