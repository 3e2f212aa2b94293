//! Personal invitations to register in a participant category: importing a
//! checked list (all rows or none, in one transaction), each invitee mailed a
//! single-use, expiring link (only its hash stored), and revoking one. The link's
//! page (`/c/{slug}/invitation/{token}`: the sign-up form with the category fixed
//! and the address locked unless forwarding is allowed) is still to be built.

use chrono::Duration;

use super::mail::send;
use super::{Ctx, Result};
use crate::db::audit::{self, Entry};
use crate::db::conferences::Conference;
use crate::db::registration_invitations::{self as invs, NewInvitation};
use crate::db::{DbConn, tokens};
use crate::domain::UserId;
use crate::domain::invitations_csv::InviteRow;
use crate::domain::l10n::{self, Arg, tr, tr_with};
use crate::domain::lang::Lang;
use crate::email::Content;

/// How long an invitation link is valid.
pub const INVITATION_VALID: Duration = Duration::days(30);

fn invitation_mail(base_url: &str, conf: &Conference, name: &str, token: &str) -> Content {
    Content {
        subject: tr_with(
            "reg-inv-mail-subject",
            &[("conference", Arg::Text(&conf.title))],
        ),
        greeting: tr_with("reg-mail-greeting", &[("name", Arg::Text(name))]),
        paragraphs: vec![tr_with(
            "reg-inv-mail-body",
            &[("conference", Arg::Text(&conf.title))],
        )],
        action: Some((
            tr("reg-inv-mail-action"),
            format!("{base_url}/c/{}/invitation/{token}", conf.slug),
        )),
        after: vec![tr("reg-inv-mail-after")],
        signature: tr("reg-mail-signature"),
        ..Content::default()
    }
}

/// Writes every row as an invitation and mails each invitee, in the caller's one
/// transaction: a failure (a concurrent import of the same address, settled by the
/// unique constraint) rolls all of it back. Returns how many were invited.
pub fn import(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conf: &Conference,
    rows: &[InviteRow],
    allow_forwarding: bool,
) -> Result<usize> {
    for row in rows {
        let token = crate::domain::secret::random_token();
        let hash = tokens::hash(&token);
        invs::insert(
            conn,
            &NewInvitation {
                conference_id: conf.id,
                category_id: &row.category_id,
                email: row.email.as_str(),
                name: row.name.as_str(),
                country: row.country.alpha2(),
                organization: row.organization.as_deref(),
                language: row.language.map(Lang::code),
                token_hash: &hash,
                allow_forwarding,
                expires_at: ctx.now + INVITATION_VALID,
                created_by: actor,
            },
            ctx.now,
        )?;
        let lang = row.language.unwrap_or(conf.default_language);
        let content = l10n::with(lang, || {
            invitation_mail(ctx.base_url, conf, row.name.as_str(), &token)
        });
        send(
            conn,
            ctx,
            conf,
            &row.email,
            "registration_invitation",
            content,
            None,
        )?;
    }
    let after = format!("{} invitation(s)", rows.len());
    audit::record(
        conn,
        &Entry {
            conference: Some(conf.id),
            actor: Some(actor),
            action: "registration_invitation.import",
            subject: "Registration invitations",
            before: None,
            after: Some(&after),
        },
        ctx.now,
    )?;
    Ok(rows.len())
}

/// Revokes an open invitation: its link stops working. Whether it was open.
pub fn revoke(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conf: &Conference,
    id: &str,
) -> Result<bool> {
    let revoked = invs::revoke(conn, conf.id, id, ctx.now)?;
    if revoked {
        audit::record(
            conn,
            &Entry {
                conference: Some(conf.id),
                actor: Some(actor),
                action: "registration_invitation.revoke",
                subject: id,
                before: None,
                after: None,
            },
            ctx.now,
        )?;
    }
    Ok(revoked)
}
