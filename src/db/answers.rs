//! Answers to custom questions, one row per value. Loaded for many registrations
//! in one query keyed by their ids, so a page of a table costs one query more.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::schema::{registration_answers, registrations};
use super::{DbConn, to_db_time};
use crate::domain::questions::AnswerValue;
use crate::domain::{ConferenceId, RegistrationId};

/// One stored value: the question, the choice it picked (if any, and if the
/// choice still exists) and the text answered at the time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredAnswer {
    pub question_id: String,
    pub choice_id: Option<String>,
    pub value: String,
}

/// The answers of these registrations, in the order given, by registration.
#[tracing::instrument(level = "debug", skip_all, fields(n = ids.len()))]
pub fn for_registrations(
    conn: &mut DbConn,
    ids: &[RegistrationId],
) -> QueryResult<HashMap<RegistrationId, Vec<StoredAnswer>>> {
    let mut out: HashMap<RegistrationId, Vec<StoredAnswer>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    // Bound parameters stay well under SQLite's limit when chunked.
    for chunk in ids.chunks(10_000) {
        let rows: Vec<(RegistrationId, String, Option<String>, String)> =
            registration_answers::table
                .filter(registration_answers::registration_id.eq_any(chunk))
                .order((
                    registration_answers::registration_id,
                    registration_answers::question_id,
                    registration_answers::position,
                ))
                .select((
                    registration_answers::registration_id,
                    registration_answers::question_id,
                    registration_answers::choice_id,
                    registration_answers::value,
                ))
                .load(conn)?;
        for (rid, question_id, choice_id, value) in rows {
            out.entry(rid).or_default().push(StoredAnswer {
                question_id,
                choice_id,
                value,
            });
        }
    }
    Ok(out)
}

/// One registration's answers.
pub fn of_registration(conn: &mut DbConn, id: RegistrationId) -> QueryResult<Vec<StoredAnswer>> {
    Ok(for_registrations(conn, &[id])?
        .remove(&id)
        .unwrap_or_default())
}

/// Replaces the registration's answer to one question (no values: no answer).
pub fn replace(
    conn: &mut DbConn,
    registration: RegistrationId,
    question: &str,
    values: &[AnswerValue],
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::delete(
        registration_answers::table
            .filter(registration_answers::registration_id.eq(registration))
            .filter(registration_answers::question_id.eq(question)),
    )
    .execute(conn)?;
    let now = to_db_time(now);
    for (i, v) in values.iter().enumerate() {
        diesel::insert_into(registration_answers::table)
            .values((
                registration_answers::id.eq(uuid::Uuid::now_v7().to_string()),
                registration_answers::registration_id.eq(registration),
                registration_answers::question_id.eq(question),
                registration_answers::choice_id.eq(v.choice_id.as_deref()),
                registration_answers::value.eq(&v.value),
                registration_answers::position.eq(i32::try_from(i).unwrap_or(i32::MAX)),
                registration_answers::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The registrations whose answer to `question` is `value` (a choice's id) or
/// `text` (the stored text: "yes", a country code); pass the same string twice.
/// A sub-select for the registrations table's filter.
#[diesel::dsl::auto_type(no_type_alias)]
pub fn matching(question: String, value: String, text: String) -> _ {
    registration_answers::table
        .filter(registration_answers::question_id.eq(question))
        .filter(
            registration_answers::choice_id
                .eq(value)
                .or(registration_answers::value.eq(text)),
        )
        .select(registration_answers::registration_id)
}

/// The distinct values answered to a question (for a filter's options).
pub fn distinct_values(conn: &mut DbConn, question: &str) -> QueryResult<Vec<String>> {
    registration_answers::table
        .filter(registration_answers::question_id.eq(question))
        .select(registration_answers::value)
        .distinct()
        .order(registration_answers::value)
        .load(conn)
}

/// Removes the answers to these (free-text) questions from the conference's
/// registrations, for anonymisation.
pub fn remove_for_questions(
    conn: &mut DbConn,
    conference: ConferenceId,
    questions: &[String],
) -> QueryResult<usize> {
    diesel::delete(
        registration_answers::table
            .filter(registration_answers::question_id.eq_any(questions))
            .filter(
                registration_answers::registration_id.eq_any(
                    registrations::table
                        .filter(registrations::conference_id.eq(conference))
                        .select(registrations::id),
                ),
            ),
    )
    .execute(conn)
}
