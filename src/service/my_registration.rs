//! What a registrant changes on their own registration from My conference: the
//! country it counts under (picked wrong on the form, or changed since).

use super::{Ctx, Result};
use crate::db::DbConn;
use crate::db::conferences::Conference;
use crate::db::registrations::{self as regs, Registration};
use crate::domain::CountryCode;
use crate::domain::status::RegistrationStatus;

#[derive(Debug, PartialEq, Eq)]
pub enum CountryChange {
    Changed,
    /// Nothing to do: the registration already counts under that country.
    Unchanged,
    /// The conference limits places per country and that country's are taken.
    QuotaFull,
}

/// Moves the registration to `country`; refused when the conference's per-country
/// quota leaves no place there for a registration that holds one.
pub fn set_country(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    registration: &Registration,
    country: CountryCode,
) -> Result<CountryChange> {
    if registration.country == country.alpha2() {
        return Ok(CountryChange::Unchanged);
    }
    crate::db::lock_conference(conn, conf.id)?;
    // A registration holding a seat takes one of the new country's places.
    if RegistrationStatus::HOLDING_SEAT.contains(&registration.status)
        && let Some(quota) = conf.country_quota
        && regs::seats_taken(conn, conf.id, Some(country.alpha2()))? >= i64::from(quota)
    {
        return Ok(CountryChange::QuotaFull);
    }
    regs::set_country(conn, registration.id, country, ctx.now)?;
    Ok(CountryChange::Changed)
}
