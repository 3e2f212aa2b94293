//! Organizers' changes to participant categories: create, edit, archive or
//! restore, and delete (refused while the category has registrations: archive it
//! instead). Each change with its audit record.

use super::{Ctx, Result};
use crate::db::DbConn;
use crate::db::audit::{self, Entry};
use crate::db::categories::{self as cats, Category, CategoryFields};
use crate::domain::{ConferenceId, UserId};

/// A category as the form gave it (already checked).
pub struct CategoryInput {
    pub name: String,
    pub description: String,
    pub admission: crate::domain::categories::Admission,
    pub capacity: Option<i32>,
    pub country_quota: Option<i32>,
    pub listed: bool,
    pub reapprove_on_edit: bool,
}

impl CategoryInput {
    fn fields(&self) -> CategoryFields<'_> {
        CategoryFields {
            name: &self.name,
            description: &self.description,
            admission: self.admission,
            capacity: self.capacity,
            country_quota: self.country_quota,
            listed: self.listed,
            reapprove_on_edit: self.reapprove_on_edit,
        }
    }

    fn show(&self) -> String {
        describe(
            &self.name,
            self.admission.as_str(),
            self.capacity,
            self.country_quota,
            self.listed,
        )
    }
}

fn describe(
    name: &str,
    admission: &str,
    cap: Option<i32>,
    quota: Option<i32>,
    listed: bool,
) -> String {
    let n = |v: Option<i32>| v.map_or_else(|| "-".to_string(), |v| v.to_string());
    format!(
        "{name}; admission: {admission}; capacity: {}; country quota: {}; listed: {listed}",
        n(cap),
        n(quota)
    )
}

fn show(c: &Category) -> String {
    describe(
        &c.name,
        c.admission.as_str(),
        c.capacity,
        c.country_quota,
        c.listed,
    )
}

fn record(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conference: ConferenceId,
    actor: UserId,
    action: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<()> {
    audit::record(
        conn,
        &Entry {
            conference: Some(conference),
            actor: Some(actor),
            action,
            subject: "Participant category",
            before,
            after,
        },
        ctx.now,
    )?;
    Ok(())
}

pub fn create(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conference: ConferenceId,
    input: &CategoryInput,
) -> Result<String> {
    let id = cats::insert(conn, conference, &input.fields(), ctx.now)?;
    record(
        conn,
        ctx,
        conference,
        actor,
        "category.create",
        None,
        Some(&input.show()),
    )?;
    Ok(id)
}

pub fn update(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conference: ConferenceId,
    id: &str,
    input: &CategoryInput,
) -> Result<()> {
    let before = cats::by_id(conn, conference, id)?.ok_or(super::Error::NotFound)?;
    cats::update(conn, id, &input.fields(), ctx.now)?;
    record(
        conn,
        ctx,
        conference,
        actor,
        "category.update",
        Some(&show(&before)),
        Some(&input.show()),
    )
}

/// Archives (`true`) or restores a category: archived, it is offered nowhere, and
/// its registrations stay as they are.
pub fn set_archived(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conference: ConferenceId,
    id: &str,
    archived: bool,
) -> Result<()> {
    let c = cats::by_id(conn, conference, id)?.ok_or(super::Error::NotFound)?;
    cats::set_archived(conn, id, archived.then_some(ctx.now), ctx.now)?;
    let action = if archived {
        "category.archive"
    } else {
        "category.restore"
    };
    record(conn, ctx, conference, actor, action, Some(&show(&c)), None)
}

/// Why a deletion was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum DeleteOutcome {
    Deleted,
    /// The category has this many registrations: archive it instead.
    HasRegistrations(i64),
}

/// Deletes a category that has no registrations; refuses otherwise (the check and
/// the delete in one transaction, and the foreign key refuses a race).
pub fn delete(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conference: ConferenceId,
    id: &str,
) -> Result<DeleteOutcome> {
    let c = cats::by_id(conn, conference, id)?.ok_or(super::Error::NotFound)?;
    crate::db::lock_conference(conn, conference)?;
    let n = cats::registration_count(conn, id)?;
    if n > 0 {
        return Ok(DeleteOutcome::HasRegistrations(n));
    }
    cats::delete(conn, id)?;
    record(
        conn,
        ctx,
        conference,
        actor,
        "category.delete",
        Some(&show(&c)),
        None,
    )?;
    Ok(DeleteOutcome::Deleted)
}
