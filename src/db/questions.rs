//! Custom registration questions of a conference, their choices (stable ids,
//! archived rather than deleted) and the categories each is limited to. Answers
//! are in [`super::answers`].

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{question_categories, question_choices, questions, registration_answers};
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::ConferenceId;
use crate::domain::questions::QuestionKind;

#[derive(Clone, Debug)]
pub struct Choice {
    pub id: String,
    pub label: String,
    pub archived: bool,
}

#[derive(Clone, Debug)]
pub struct Question {
    pub id: String,
    pub conference_id: ConferenceId,
    pub kind: QuestionKind,
    pub label: String,
    pub help: String,
    pub required: bool,
    pub visible_to_moderators: bool,
    pub position: i32,
    pub archived_at: Option<DateTime<Utc>>,
    /// Every choice, archived ones included, in order.
    pub choices: Vec<Choice>,
    /// The category ids it is limited to (empty: asked of everyone).
    pub categories: Vec<String>,
}

impl Question {
    /// The live choices as (id, label), for the form and for the answer rule.
    pub fn live_choices(&self) -> Vec<(String, String)> {
        self.choices
            .iter()
            .filter(|c| !c.archived)
            .map(|c| (c.id.clone(), c.label.clone()))
            .collect()
    }

    /// Whether it is asked of a registrant in `category` (none: no categories).
    pub fn applies_to(&self, category: Option<&str>) -> bool {
        self.categories.is_empty()
            || category.is_some_and(|c| self.categories.iter().any(|k| k == c))
    }

    pub fn is_live(&self) -> bool {
        self.archived_at.is_none()
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = questions)]
struct Row {
    id: String,
    conference_id: ConferenceId,
    kind: String,
    label: String,
    help: String,
    required: bool,
    visible_to_moderators: bool,
    position: i32,
    archived_at: Option<NaiveDateTime>,
}

fn unexpected(value: &str) -> diesel::result::Error {
    diesel::result::Error::DeserializationError(
        format!("unexpected QuestionKind value {value:?} in the database").into(),
    )
}

/// Every question of the conference, archived ones included, in order, with their
/// choices and categories (three queries whatever the number of questions).
#[tracing::instrument(level = "debug", skip_all)]
pub fn for_conference(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<Question>> {
    let rows: Vec<Row> = questions::table
        .filter(questions::conference_id.eq(conference))
        .order((questions::position, questions::id))
        .select(Row::as_select())
        .load(conn)?;
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let mut choices: HashMap<String, Vec<Choice>> = HashMap::new();
    let loaded: Vec<(String, String, String, Option<NaiveDateTime>)> = question_choices::table
        .filter(question_choices::question_id.eq_any(&ids))
        .order((question_choices::position, question_choices::id))
        .select((
            question_choices::question_id,
            question_choices::id,
            question_choices::label,
            question_choices::archived_at,
        ))
        .load(conn)?;
    for (qid, id, label, archived) in loaded {
        choices.entry(qid).or_default().push(Choice {
            id,
            label,
            archived: archived.is_some(),
        });
    }
    let mut cats: HashMap<String, Vec<String>> = HashMap::new();
    let loaded: Vec<(String, String)> = question_categories::table
        .filter(question_categories::question_id.eq_any(&ids))
        .select((
            question_categories::question_id,
            question_categories::category_id,
        ))
        .load(conn)?;
    for (qid, cid) in loaded {
        cats.entry(qid).or_default().push(cid);
    }
    rows.into_iter()
        .map(|r| {
            let kind = QuestionKind::parse(&r.kind).ok_or_else(|| unexpected(&r.kind))?;
            Ok(Question {
                choices: choices.remove(&r.id).unwrap_or_default(),
                categories: cats.remove(&r.id).unwrap_or_default(),
                id: r.id,
                conference_id: r.conference_id,
                kind,
                label: r.label,
                help: r.help,
                required: r.required,
                visible_to_moderators: r.visible_to_moderators,
                position: r.position,
                archived_at: r.archived_at.map(from_db_time),
            })
        })
        .collect()
}

/// The live questions of the conference, in order.
pub fn live(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<Question>> {
    Ok(for_conference(conn, conference)?
        .into_iter()
        .filter(Question::is_live)
        .collect())
}

/// One question of this conference.
pub fn by_id(
    conn: &mut DbConn,
    conference: ConferenceId,
    id: &str,
) -> QueryResult<Option<Question>> {
    Ok(for_conference(conn, conference)?
        .into_iter()
        .find(|q| q.id == id))
}

/// What an organizer sets on a question (choices and categories apart).
pub struct QuestionFields<'a> {
    pub kind: QuestionKind,
    pub label: &'a str,
    pub help: &'a str,
    pub required: bool,
    pub visible_to_moderators: bool,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(
    conn: &mut DbConn,
    conference: ConferenceId,
    f: &QuestionFields<'_>,
    now: DateTime<Utc>,
) -> QueryResult<String> {
    let id = uuid::Uuid::now_v7().to_string();
    let position: Option<i32> = questions::table
        .filter(questions::conference_id.eq(conference))
        .select(diesel::dsl::max(questions::position))
        .first(conn)?;
    let now = to_db_time(now);
    diesel::insert_into(questions::table)
        .values((
            questions::id.eq(&id),
            questions::conference_id.eq(conference),
            questions::kind.eq(f.kind.as_str()),
            questions::label.eq(f.label),
            questions::help.eq(f.help),
            questions::required.eq(f.required),
            questions::visible_to_moderators.eq(f.visible_to_moderators),
            questions::position.eq(position.map_or(1, |p| p + 1)),
            questions::created_at.eq(now),
            questions::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Changes what is asked; the kind stays what it was (answers were given to it).
#[tracing::instrument(level = "debug", skip_all)]
pub fn update(
    conn: &mut DbConn,
    id: &str,
    f: &QuestionFields<'_>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(questions::table.find(id))
        .set((
            questions::label.eq(f.label),
            questions::help.eq(f.help),
            questions::required.eq(f.required),
            questions::visible_to_moderators.eq(f.visible_to_moderators),
            questions::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Limits the question to these categories (none: everyone).
pub fn set_categories(conn: &mut DbConn, id: &str, categories: &[String]) -> QueryResult<()> {
    diesel::delete(question_categories::table.filter(question_categories::question_id.eq(id)))
        .execute(conn)?;
    for c in categories {
        diesel::insert_into(question_categories::table)
            .values((
                question_categories::question_id.eq(id),
                question_categories::category_id.eq(c),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Adds a choice at the end.
pub fn add_choice(
    conn: &mut DbConn,
    question: &str,
    label: &str,
    now: DateTime<Utc>,
) -> QueryResult<String> {
    let id = uuid::Uuid::now_v7().to_string();
    let position: Option<i32> = question_choices::table
        .filter(question_choices::question_id.eq(question))
        .select(diesel::dsl::max(question_choices::position))
        .first(conn)?;
    let now = to_db_time(now);
    diesel::insert_into(question_choices::table)
        .values((
            question_choices::id.eq(&id),
            question_choices::question_id.eq(question),
            question_choices::label.eq(label),
            question_choices::position.eq(position.map_or(1, |p| p + 1)),
            question_choices::created_at.eq(now),
            question_choices::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

/// Renames a choice and archives (`true`) or restores it. Answers keep the label
/// they were given with.
pub fn edit_choice(
    conn: &mut DbConn,
    question: &str,
    id: &str,
    label: &str,
    archived: bool,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let t = to_db_time(now);
    let current: Option<Option<NaiveDateTime>> = question_choices::table
        .filter(question_choices::question_id.eq(question))
        .filter(question_choices::id.eq(id))
        .select(question_choices::archived_at)
        .first(conn)
        .optional()?;
    let Some(current) = current else {
        return Ok(());
    };
    let archived_at = match (current, archived) {
        (Some(at), true) => Some(at),
        (None, true) => Some(t),
        (_, false) => None,
    };
    diesel::update(question_choices::table.find(id))
        .set((
            question_choices::label.eq(label),
            question_choices::archived_at.eq(archived_at),
            question_choices::updated_at.eq(t),
        ))
        .execute(conn)?;
    Ok(())
}

/// Archives (`Some(now)`) or restores (`None`) a question.
pub fn set_archived(
    conn: &mut DbConn,
    id: &str,
    at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(questions::table.find(id))
        .set((
            questions::archived_at.eq(at.map(to_db_time)),
            questions::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Deletes a question without answers (the foreign key refuses one with answers).
pub fn delete(conn: &mut DbConn, id: &str) -> QueryResult<()> {
    diesel::delete(questions::table.find(id)).execute(conn)?;
    Ok(())
}

/// Registrations that answered the question.
pub fn answer_count(conn: &mut DbConn, id: &str) -> QueryResult<i64> {
    registration_answers::table
        .filter(registration_answers::question_id.eq(id))
        .select(diesel::dsl::count(registration_answers::registration_id).aggregate_distinct())
        .get_result(conn)
}

/// Swaps the question's position with its neighbour's (`up`: the one before).
pub fn swap_positions(conn: &mut DbConn, a: &Question, b: &Question) -> QueryResult<()> {
    let (pa, pb) = if a.position == b.position {
        // Equal positions (never from this code, but harmless): make them distinct.
        (b.position + 1, b.position)
    } else {
        (b.position, a.position)
    };
    diesel::update(questions::table.find(&a.id))
        .set(questions::position.eq(pa))
        .execute(conn)?;
    diesel::update(questions::table.find(&b.id))
        .set(questions::position.eq(pb))
        .execute(conn)?;
    Ok(())
}
