//! Changes moderators make to their session: checking an attendee in or out (and
//! undoing it), and saving the run of show. Each change is written with its audit
//! record in the caller's write transaction. Check-in is a compare-and-set on the
//! stored arrival time, so two moderators clicking at once settle on one outcome.

use super::{Ctx, Result};
use crate::db::roster::Attended;
use crate::db::sessions::{Session, Slot};
use crate::db::{self, DbConn, audit};
use crate::domain::{ConferenceId, RegistrationId, SessionId, UserId};

/// One roster line being changed, and by whom.
#[derive(Clone, Debug)]
pub struct RosterLine {
    pub conference: ConferenceId,
    pub session: SessionId,
    pub session_title: String,
    pub registration: RegistrationId,
    pub actor: UserId,
}

/// What a check-in (or check-out) did.
#[derive(Debug, PartialEq, Eq)]
pub enum Mark {
    /// The attendance moved from `before` to `after`.
    Changed {
        name: String,
        before: Attended,
        after: Attended,
    },
    /// It already was as asked (or someone else changed it at the same moment).
    Unchanged { name: String },
    /// The person is not (or no longer) enrolled in the session.
    NotEnrolled,
}

fn describe(a: &Attended) -> String {
    match a.at {
        Some(t) => format!(
            "present since {}",
            t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
        ),
        None => "absent".into(),
    }
}

impl RosterLine {
    /// The attendance now and the attendee's display name; `None` when they are
    /// not (or no longer) enrolled in the session.
    fn current(&self, c: &mut DbConn) -> Result<Option<(Attended, String)>> {
        Ok(db::roster::attendance(c, self.session, self.registration)?
            .map(|(a, name)| (a, name.unwrap_or_else(|| "Deleted account".into()))))
    }

    /// Moves the attendance from `from` to `to` and logs it (same transaction);
    /// false, with nothing written, when it was no longer `from`.
    fn change(
        &self,
        c: &mut DbConn,
        ctx: Ctx<'_>,
        name: &str,
        from: &Attended,
        to: &Attended,
    ) -> Result<bool> {
        if !db::roster::set_attendance(c, self.session, self.registration, from, to)? {
            return Ok(false);
        }
        audit::record(
            c,
            &audit::Entry {
                conference: Some(self.conference),
                actor: Some(self.actor),
                action: if to.at.is_some() {
                    "roster.check_in"
                } else {
                    "roster.check_out"
                },
                subject: &format!(
                    "Attendance of {name} in “{}” (registration {})",
                    self.session_title, self.registration
                ),
                before: Some(&describe(from)),
                after: Some(&describe(to)),
            },
            ctx.now,
        )?;
        Ok(true)
    }
}

/// Marks the person on `line` present (arrived now, checked in by the actor) or absent.
pub fn check_in(conn: &mut DbConn, ctx: Ctx<'_>, line: &RosterLine, present: bool) -> Result<Mark> {
    let Some((before, name)) = line.current(conn)? else {
        return Ok(Mark::NotEnrolled);
    };
    if before.at.is_some() == present {
        return Ok(Mark::Unchanged { name });
    }
    let after = Attended {
        at: present.then_some(ctx.now),
        by: present.then_some(line.actor),
    };
    Ok(if line.change(conn, ctx, &name, &before, &after)? {
        Mark::Changed {
            name,
            before,
            after,
        }
    } else {
        Mark::Unchanged { name }
    })
}

/// Puts the attendance back to `before`, but only if it is still `after` (what this
/// browser's last change left); true when it was undone.
pub fn undo_check_in(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    line: &RosterLine,
    before: &Attended,
    after: &Attended,
) -> Result<bool> {
    let Some((current, name)) = line.current(conn)?.filter(|(stored, _)| stored == after) else {
        return Ok(false);
    };
    line.change(conn, ctx, &name, &current, before)
}

/// "1. Name (10 min); 2. Name" for the audit log.
fn run_summary(slots: &[(i32, &str, Option<i32>)]) -> String {
    let mut sorted = slots.to_vec();
    sorted.sort_by_key(|(position, _, _)| *position);
    sorted
        .iter()
        .map(|(position, name, minutes)| match minutes {
            Some(m) => format!("{position}. {name} ({m} min)"),
            None => format!("{position}. {name}"),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Stores the speakers' order and slots of `session` (as the moderator saw it) and
/// logs the run of show before and after.
pub fn save_run_of_show(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    session: &Session,
    slots: &[Slot],
) -> Result<()> {
    let name_of = |uid| {
        session
            .speakers()
            .find(|p| p.user_id == uid)
            .map_or("", |p| p.name.as_str())
    };
    let before = run_summary(
        &session
            .speakers()
            .map(|p| (p.position, p.name.as_str(), p.slot_minutes))
            .collect::<Vec<_>>(),
    );
    let after = run_summary(
        &slots
            .iter()
            .map(|s| (s.position, name_of(s.speaker), s.slot_minutes))
            .collect::<Vec<_>>(),
    );
    db::sessions::set_run_of_show(conn, session.id, slots)?;
    audit::record(
        conn,
        &audit::Entry {
            conference: Some(session.conference_id),
            actor: Some(actor),
            action: "session.run_of_show",
            subject: &format!("Session “{}” ({})", session.title, session.id),
            before: Some(&before),
            after: Some(&after),
        },
        ctx.now,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_run_of_show_summary_is_in_speaking_order() {
        let summary = run_summary(&[(2, "B", None), (1, "A", Some(10))]);
        assert_eq!(summary, "1. A (10 min); 2. B");
    }
}
