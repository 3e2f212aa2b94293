//! The demo's participant categories, the way an intergovernmental meeting
//! admits people: delegates, observers and press after the secretariat's approval,
//! the secretariat by invitation, the general public openly. The registrants the
//! seed created are spread over them (their statuses unchanged): most approved,
//! and the cancelled registrations of approval categories become the queue of
//! requests awaiting a decision (and a few declined).

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::categories::{self as cats, CategoryFields};
use crate::db::schema::registrations;
use crate::domain::categories::{Admission, Approval};
use crate::domain::status::RegistrationStatus;
use crate::domain::{ConferenceId, RegistrationId};

/// (name, description, admission, share of the registrants in percent, listed).
const CATEGORIES: [(&str, &str, Admission, u32, bool); 5] = [
    (
        "Member State delegate",
        "Members of a national delegation accredited by a Member State.",
        Admission::Approval,
        45,
        true,
    ),
    (
        "Observer",
        "Representatives of intergovernmental and non-governmental organisations with observer status.",
        Admission::Approval,
        15,
        true,
    ),
    (
        "Press",
        "Journalists holding a valid press card.",
        Admission::Approval,
        10,
        false,
    ),
    (
        "Secretariat",
        "Staff of the secretariat supporting the meeting.",
        Admission::Invitation,
        5,
        false,
    ),
    (
        "General public",
        "Anyone interested in following the public sessions.",
        Admission::Open,
        25,
        false,
    ),
];

/// Creates the categories and places every registration of `conference` in one.
pub fn seed(conn: &mut DbConn, conference: ConferenceId, now: DateTime<Utc>) -> QueryResult<()> {
    let mut ids = Vec::new();
    for (name, description, admission, share, listed) in CATEGORIES {
        let id = cats::insert(
            conn,
            conference,
            &CategoryFields {
                name,
                description,
                admission,
                capacity: None,
                country_quota: None,
                listed,
                reapprove_on_edit: false,
            },
            now,
        )?;
        ids.push((id, admission, share));
    }
    let regs: Vec<(RegistrationId, RegistrationStatus)> = registrations::table
        .filter(registrations::conference_id.eq(conference))
        .order((registrations::created_at, registrations::id))
        .select((registrations::id, registrations::status))
        .load(conn)?;
    let general = ids.len() - 1;
    for (n, (id, status)) in regs.into_iter().enumerate() {
        // The first registration is the demo attendee's: general public.
        let slot = u32::try_from(n * 37 % 100).unwrap_or(0);
        let mut at = 0;
        let mut which = general;
        for (i, (_, _, share)) in ids.iter().enumerate() {
            if slot < at + share {
                which = i;
                break;
            }
            at += share;
        }
        if n == 0 {
            which = general;
        }
        let (cat, admission, _) = &ids[which];
        let approval = match (admission, status) {
            (Admission::Approval, RegistrationStatus::Cancelled) if n % 4 == 0 => {
                Some(Approval::Declined)
            }
            (Admission::Approval, RegistrationStatus::Cancelled) => Some(Approval::Awaiting),
            (Admission::Approval, _) => Some(Approval::Approved),
            _ => None,
        };
        cats::place(conn, id, cat, approval, now)?;
    }
    Ok(())
}
