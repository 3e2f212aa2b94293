//! Custom questions in the registrations pages: a filter per choice, checkbox or
//! country question (`?q_<question id>=<choice id or value>`), the answers as
//! columns of the table (loaded for the page's rows in one query), in the CSV
//! file (one column per question, archived ones included) and on one
//! registration's page.

use std::collections::HashMap;

use super::Opt;
use crate::db;
use crate::db::questions::Question;
use crate::db::registrations_admin::Filter;
use crate::domain::l10n::tr;
use crate::domain::questions::{QuestionKind, TICKED, csv_cell, display};
use crate::domain::text::country_name;
use crate::domain::{ConferenceId, RegistrationId};
use crate::web::AppState;
use crate::web::answers::{AnswerLine, RawPairs, field_name, lines};
use crate::web::error::AppError;

/// A filter's select above the table.
pub struct QuestionFilter {
    pub name: String,
    pub label: String,
    pub options: Vec<Opt>,
}

/// Every question of the conference, archived ones included.
pub async fn questions(state: &AppState, cid: ConferenceId) -> Result<Vec<Question>, AppError> {
    state
        .db
        .run(move |c| Ok::<_, AppError>(db::questions::for_conference(c, cid)?))
        .await
}

/// The `q_<id>=value` pairs of a query string, leniently: empty values dropped.
pub fn parse(pairs: &RawPairs) -> Vec<(String, String)> {
    pairs
        .0
        .iter()
        .filter_map(|(k, v)| {
            let id = k.strip_prefix("q_")?;
            let v = v.trim();
            (!v.is_empty() && !id.is_empty()).then(|| (id.to_string(), v.to_string()))
        })
        .take(20)
        .collect()
}

/// Drops filters on questions that are not this conference's filterable ones.
pub fn keep_known(filter: &mut Filter, questions: &[Question]) {
    filter
        .answers
        .retain(|(id, _)| questions.iter().any(|q| q.id == *id && q.kind.filterable()));
}

/// The query string pairs of the answer filters, for the table's links.
pub fn query_pairs(filter: &Filter) -> Vec<(String, String)> {
    filter
        .answers
        .iter()
        .map(|(q, v)| (field_name(q), v.clone()))
        .collect()
}

/// A view's query string (without "?") with its answer filters appended.
pub fn with_filters(q: String, filter: &Filter) -> String {
    let extra = crate::web::link::query(&query_pairs(filter));
    match (q.is_empty(), extra.is_empty()) {
        (_, true) => q,
        (true, false) => extra,
        (false, false) => format!("{q}&{extra}"),
    }
}

/// The questions shown as columns: live ones that can be filtered on.
pub fn columns(questions: &[Question]) -> Vec<&Question> {
    questions
        .iter()
        .filter(|q| q.is_live() && q.kind.filterable())
        .collect()
}

/// The selects for the columns' questions, with the current choice selected.
pub async fn filters(
    state: &AppState,
    columns: &[&Question],
    filter: &Filter,
) -> Result<Vec<QuestionFilter>, AppError> {
    let countries: Vec<String> = columns
        .iter()
        .filter(|q| q.kind == QuestionKind::Country)
        .map(|q| q.id.clone())
        .collect();
    let values: HashMap<String, Vec<String>> = state
        .db
        .run(move |c| {
            let mut out = HashMap::new();
            for id in countries {
                let v = db::answers::distinct_values(c, &id)?;
                out.insert(id, v);
            }
            Ok::<_, AppError>(out)
        })
        .await?;
    Ok(columns
        .iter()
        .map(|q| {
            let current = filter
                .answers
                .iter()
                .find(|(id, _)| *id == q.id)
                .map(|(_, v)| v.as_str());
            let opt = |value: &str, label: String| Opt {
                value: value.to_string(),
                selected: current == Some(value),
                label,
            };
            let mut options = vec![opt("", tr("qst-filter-any"))];
            match q.kind {
                QuestionKind::Checkbox => options.push(opt(TICKED, tr("qst-answer-yes"))),
                QuestionKind::Country => options.extend(
                    values
                        .get(&q.id)
                        .into_iter()
                        .flatten()
                        .map(|v| opt(v, country_name(v))),
                ),
                _ => options.extend(q.choices.iter().map(|c| {
                    let label = if c.archived {
                        format!("{} {}", c.label, tr("qst-choice-archived-note"))
                    } else {
                        c.label.clone()
                    };
                    opt(&c.id, label)
                })),
            }
            QuestionFilter {
                name: field_name(&q.id),
                label: q.label.clone(),
                options,
            }
        })
        .collect())
}

/// The answers of these registrations to `columns`, written for people, one cell
/// per column (one query for all the rows).
pub async fn cells(
    state: &AppState,
    columns: &[&Question],
    ids: Vec<RegistrationId>,
) -> Result<HashMap<RegistrationId, Vec<String>>, AppError> {
    if columns.is_empty() {
        return Ok(HashMap::new());
    }
    let stored = state
        .db
        .run(move |c| {
            let mut stored = db::answers::for_registrations(c, &ids)?;
            let all: Vec<_> = ids
                .into_iter()
                .map(|id| (id, stored.remove(&id).unwrap_or_default()))
                .collect();
            Ok::<_, AppError>(all)
        })
        .await?;
    Ok(stored
        .into_iter()
        .map(|(rid, answers)| {
            let row = columns
                .iter()
                .map(|q| {
                    let values: Vec<String> = answers
                        .iter()
                        .filter(|a| a.question_id == q.id)
                        .map(|a| a.value.clone())
                        .collect();
                    display(q.kind, &values)
                })
                .collect();
            (rid, row)
        })
        .collect())
}

/// The CSV cells of every question for each registration (stable values: codes,
/// ISO dates, "yes"), from one query over all the registrations.
pub fn csv_cells(
    conn: &mut crate::db::DbConn,
    questions: &[Question],
    ids: &[RegistrationId],
) -> Result<HashMap<RegistrationId, Vec<String>>, AppError> {
    if questions.is_empty() {
        return Ok(HashMap::new());
    }
    let mut stored = db::answers::for_registrations(conn, ids)?;
    Ok(ids
        .iter()
        .map(|rid| {
            let answers = stored.remove(rid).unwrap_or_default();
            let row = questions
                .iter()
                .map(|q| {
                    let values: Vec<String> = answers
                        .iter()
                        .filter(|a| a.question_id == q.id)
                        .map(|a| a.value.clone())
                        .collect();
                    csv_cell(&values)
                })
                .collect();
            (*rid, row)
        })
        .collect())
}

/// One registration's answers to every question (archived ones marked).
pub async fn detail(
    state: &AppState,
    cid: ConferenceId,
    rid: RegistrationId,
) -> Result<Vec<AnswerLine>, AppError> {
    let (questions, stored) = state
        .db
        .run(move |c| {
            Ok::<_, AppError>((
                db::questions::for_conference(c, cid)?,
                db::answers::of_registration(c, rid)?,
            ))
        })
        .await?;
    Ok(lines(&questions, &stored, |_| true))
}
