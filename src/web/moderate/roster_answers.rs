//! Answers in a session's roster: moderators (full access) see the answers to the
//! questions the organizers marked "visible to moderators" (accessibility needs,
//! interpretation language), loaded for the roster's rows in one query; speakers'
//! read-only list shows none.

use std::collections::HashMap;

use crate::db::{self, DbConn};
use crate::domain::{ConferenceId, RegistrationId};
use crate::web::answers::{AnswerLine, lines};
use crate::web::error::AppError;

/// The answers to show per registration, and whether the roster has the column.
#[derive(Default)]
pub(super) struct RosterAnswers {
    pub(super) column: bool,
    pub(super) by_registration: HashMap<RegistrationId, Vec<AnswerLine>>,
}

impl RosterAnswers {
    pub(super) fn take(&mut self, id: RegistrationId) -> Vec<AnswerLine> {
        self.by_registration.remove(&id).unwrap_or_default()
    }
}

/// Loads the visible answers of `ids` (nothing unless `full` access).
pub(super) fn load(
    c: &mut DbConn,
    conference: ConferenceId,
    full: bool,
    ids: &[RegistrationId],
) -> Result<RosterAnswers, AppError> {
    if !full {
        return Ok(RosterAnswers::default());
    }
    let visible: Vec<_> = db::questions::for_conference(c, conference)?
        .into_iter()
        .filter(|q| q.visible_to_moderators && q.is_live())
        .collect();
    if visible.is_empty() {
        return Ok(RosterAnswers::default());
    }
    let stored = db::answers::for_registrations(c, ids)?;
    Ok(RosterAnswers {
        column: true,
        by_registration: stored
            .into_iter()
            .map(|(rid, a)| (rid, lines(&visible, &a, |_| true)))
            .collect(),
    })
}
