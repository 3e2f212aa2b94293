//! The list of participants: a registrant's consent to appear on it (given at sign-up
//! or changed in My conference) and the organizers' switch that publishes it. Each
//! change is audited. The public page is rendered per request (never from the page
//! cache), so a withdrawn consent is off the list at the next request.

use super::{Ctx, Result};
use crate::db::audit::{self, Entry};
use crate::db::conferences::Conference;
use crate::db::registrations::Registration;
use crate::db::{self, DbConn};
use crate::domain::{RegistrationId, UserId};

/// The registrant gives or withdraws their consent. Returns whether it changed.
pub fn set_consent(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    reg: &Registration,
    consent: bool,
) -> Result<bool> {
    let changed = db::participants::set_consent(conn, reg.id, consent, ctx.now)?;
    if changed {
        let subject = format!("Registration {}", reg.id);
        let entry = Entry {
            conference: Some(conf.id),
            actor: reg.user_id,
            action: if consent {
                "participants.consent_given"
            } else {
                "participants.consent_withdrawn"
            },
            subject: &subject,
            before: Some(if consent { "not listed" } else { "listed" }),
            after: Some(if consent { "listed" } else { "not listed" }),
        };
        match reg.user_id {
            Some(u) => audit::record_about(conn, &entry, u, ctx.now)?,
            None => audit::record(conn, &entry, ctx.now)?,
        }
    }
    Ok(changed)
}

/// The consent asked on the sign-up form, recorded inside the sign-up's own
/// transaction (call it right after the registration is written; nothing to audit
/// beyond the sign-up itself, which is where the consent was given).
pub fn consent_at_sign_up(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    registration: RegistrationId,
    consent: bool,
) -> Result<()> {
    db::participants::set_consent(conn, registration, consent, ctx.now)?;
    Ok(())
}

/// The organizers turn the public list on or off. Returns whether it changed.
pub fn set_list_enabled(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    actor: UserId,
    enabled: bool,
) -> Result<bool> {
    let before = db::participants::settings(conn, conf.id)?.list_enabled;
    if before == enabled {
        return Ok(false);
    }
    db::participants::set_list_enabled(conn, conf.id, enabled, ctx.now)?;
    let on_off = |b: bool| if b { "on" } else { "off" };
    audit::record(
        conn,
        &Entry {
            conference: Some(conf.id),
            actor: Some(actor),
            action: "participants.list_setting",
            subject: &format!("List of participants of “{}”", conf.title),
            before: Some(on_off(before)),
            after: Some(on_off(enabled)),
        },
        ctx.now,
    )?;
    Ok(true)
}
