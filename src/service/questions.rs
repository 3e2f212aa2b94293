//! Organizers' changes to custom registration questions (create, edit with its
//! choices, reorder, archive or restore, delete only while unanswered) and
//! registrants' answers, each change with its audit record.

use super::registration::{self, JoinOutcome};
use super::{Ctx, Result};
use crate::db::DbConn;
use crate::db::answers;
use crate::db::audit::{self, Entry};
use crate::db::categories::Category;
use crate::db::conferences::Conference;
use crate::db::questions::{self as qs, Question, QuestionFields};
use crate::db::users::User;
use crate::domain::CountryCode;
use crate::domain::questions::{AnswerValue, QuestionKind};
use crate::domain::{ConferenceId, RegistrationId, UserId};

/// An edit of an existing choice: its id, its label, archived or not.
pub struct ChoiceEdit {
    pub id: String,
    pub label: String,
    pub archived: bool,
}

/// A question as the form gave it (already checked).
pub struct QuestionInput {
    pub kind: QuestionKind,
    pub label: String,
    pub help: String,
    pub required: bool,
    pub visible_to_moderators: bool,
    /// Category ids (none: everyone).
    pub categories: Vec<String>,
    pub choice_edits: Vec<ChoiceEdit>,
    pub new_choices: Vec<String>,
}

impl QuestionInput {
    fn fields(&self) -> QuestionFields<'_> {
        QuestionFields {
            kind: self.kind,
            label: &self.label,
            help: &self.help,
            required: self.required,
            visible_to_moderators: self.visible_to_moderators,
        }
    }
}

fn show(label: &str, kind: QuestionKind, required: bool, moderators: bool) -> String {
    format!(
        "{label}; kind: {}; required: {required}; visible to moderators: {moderators}",
        kind.as_str()
    )
}

fn show_question(q: &Question) -> String {
    let choices: Vec<&str> = q
        .choices
        .iter()
        .filter(|c| !c.archived)
        .map(|c| c.label.as_str())
        .collect();
    let mut s = show(&q.label, q.kind, q.required, q.visible_to_moderators);
    if !choices.is_empty() {
        s.push_str("; choices: ");
        s.push_str(&choices.join(" | "));
    }
    s
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
            subject: "Registration question",
            before,
            after,
        },
        ctx.now,
    )?;
    Ok(())
}

fn load(conn: &mut DbConn, conference: ConferenceId, id: &str) -> Result<Question> {
    qs::by_id(conn, conference, id)?.ok_or(super::Error::NotFound)
}

fn write_choices(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    id: &str,
    kind: QuestionKind,
    input: &QuestionInput,
) -> Result<()> {
    if !kind.has_choices() {
        return Ok(());
    }
    for e in &input.choice_edits {
        qs::edit_choice(conn, id, &e.id, &e.label, e.archived, ctx.now)?;
    }
    for label in &input.new_choices {
        qs::add_choice(conn, id, label, ctx.now)?;
    }
    Ok(())
}

pub fn create(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conference: ConferenceId,
    input: &QuestionInput,
) -> Result<String> {
    let id = qs::insert(conn, conference, &input.fields(), ctx.now)?;
    qs::set_categories(conn, &id, &input.categories)?;
    write_choices(conn, ctx, &id, input.kind, input)?;
    let after = show_question(&load(conn, conference, &id)?);
    record(
        conn,
        ctx,
        conference,
        actor,
        "question.create",
        None,
        Some(&after),
    )?;
    Ok(id)
}

/// Saves an edit. The kind never changes (the form does not offer it); renamed
/// or archived choices leave the answers given as they were.
pub fn update(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conference: ConferenceId,
    id: &str,
    input: &QuestionInput,
) -> Result<()> {
    let before = load(conn, conference, id)?;
    let fields = QuestionFields {
        kind: before.kind,
        ..input.fields()
    };
    qs::update(conn, id, &fields, ctx.now)?;
    qs::set_categories(conn, id, &input.categories)?;
    write_choices(conn, ctx, id, before.kind, input)?;
    let after = show_question(&load(conn, conference, id)?);
    record(
        conn,
        ctx,
        conference,
        actor,
        "question.update",
        Some(&show_question(&before)),
        Some(&after),
    )
}

/// Moves a question one place up (`true`) or down among all the conference's
/// questions; at either end nothing changes.
pub fn move_question(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conference: ConferenceId,
    id: &str,
    up: bool,
) -> Result<()> {
    crate::db::lock_conference(conn, conference)?;
    let all = qs::for_conference(conn, conference)?;
    let i = all
        .iter()
        .position(|q| q.id == id)
        .ok_or(super::Error::NotFound)?;
    let j = if up { i.checked_sub(1) } else { Some(i + 1) };
    let Some(other) = j.and_then(|j| all.get(j)) else {
        return Ok(());
    };
    let (a, b) = (&all[i], other);
    // Positions may tie after concurrent inserts: renumber first, then swap.
    if all.windows(2).any(|w| w[0].position >= w[1].position) {
        renumber(conn, &all)?;
        return move_question(conn, ctx, actor, conference, id, up);
    }
    qs::swap_positions(conn, a, b)?;
    let action = if up {
        "question.move_up"
    } else {
        "question.move_down"
    };
    record(conn, ctx, conference, actor, action, Some(&a.label), None)
}

fn renumber(conn: &mut DbConn, all: &[Question]) -> Result<()> {
    use crate::db::schema::questions;
    use diesel::prelude::*;
    for (n, q) in all.iter().enumerate() {
        diesel::update(questions::table.find(&q.id))
            .set(questions::position.eq(i32::try_from(n + 1).unwrap_or(i32::MAX)))
            .execute(conn)?;
    }
    Ok(())
}

/// Archives (`true`) or restores a question: archived, it is asked nowhere, and
/// the answers given stay visible to the organizers.
pub fn set_archived(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conference: ConferenceId,
    id: &str,
    archived: bool,
) -> Result<()> {
    let q = load(conn, conference, id)?;
    qs::set_archived(conn, id, archived.then_some(ctx.now), ctx.now)?;
    let action = if archived {
        "question.archive"
    } else {
        "question.restore"
    };
    record(
        conn,
        ctx,
        conference,
        actor,
        action,
        Some(&show_question(&q)),
        None,
    )
}

/// What a deletion did.
#[derive(Debug, PartialEq, Eq)]
pub enum DeleteOutcome {
    Deleted,
    /// This many registrations answered it: refused, archive it instead.
    HasAnswers(i64),
}

/// Deletes a question nobody answered; refuses otherwise (the check and the delete
/// in one transaction, and the foreign key refuses a race).
pub fn delete(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conference: ConferenceId,
    id: &str,
) -> Result<DeleteOutcome> {
    crate::db::lock_conference(conn, conference)?;
    let q = load(conn, conference, id)?;
    let n = qs::answer_count(conn, id)?;
    if n > 0 {
        return Ok(DeleteOutcome::HasAnswers(n));
    }
    qs::delete(conn, id)?;
    record(
        conn,
        ctx,
        conference,
        actor,
        "question.delete",
        Some(&show_question(&q)),
        None,
    )?;
    Ok(DeleteOutcome::Deleted)
}

/// Answers checked against their questions: (question id, values; none: no answer).
pub type Answers = Vec<(String, Vec<AnswerValue>)>;

/// Writes a registration's answers (part of the sign-up's transaction, or of an
/// edit on My conference), replacing the previous answer to each question given.
pub fn save_answers(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    registration: RegistrationId,
    given: &Answers,
) -> Result<()> {
    for (question, values) in given {
        answers::replace(conn, registration, question, values, ctx.now)?;
    }
    Ok(())
}

/// A registrant changes their answers on My conference. Returns whether the change
/// sent the registration back to the approval queue (its category asks for that).
pub fn update_answers(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conference: ConferenceId,
    registration: RegistrationId,
    given: &Answers,
) -> Result<bool> {
    let shown = |a: Vec<answers::StoredAnswer>| -> Vec<(String, String)> {
        a.into_iter().map(|a| (a.question_id, a.value)).collect()
    };
    let before = shown(answers::of_registration(conn, registration)?);
    save_answers(conn, ctx, registration, given)?;
    let changed = shown(answers::of_registration(conn, registration)?) != before;
    // What the organizers approved changed: some categories ask to approve again.
    let reopened = match crate::db::users::by_id(conn, actor)? {
        Some(user) if changed => {
            super::approvals::reopen_after_answers(conn, ctx, &user, registration)?
        }
        _ => false,
    };
    let n = given.len().to_string();
    audit::record(
        conn,
        &Entry {
            conference: Some(conference),
            actor: Some(actor),
            action: "answers.update",
            subject: "Registration answers",
            before: None,
            after: Some(&format!("{n} question(s) answered again")),
        },
        ctx.now,
    )?;
    Ok(reopened)
}

/// One-click registration of a signed-in user ([`registration::join`]) with their
/// answers, in the same transaction; an existing live registration keeps its
/// answers (they are changed on My conference).
pub fn join_with_answers(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    user: &User,
    country: CountryCode,
    category: Option<&Category>,
    given: &Answers,
) -> Result<JoinOutcome> {
    let outcome = registration::join(conn, ctx, conf, user, country, category)?;
    if outcome != JoinOutcome::AlreadyRegistered
        && let Some(r) = crate::db::registrations::for_user(conn, conf.id, user.id)?
    {
        save_answers(conn, ctx, r.id, given)?;
    }
    Ok(outcome)
}

/// Removes the answers that could name a person (free text, organisations,
/// dates) from the conference's registrations, when they are anonymised; choices,
/// ticks and countries stay for the counts.
pub fn forget_personal_answers(conn: &mut DbConn, conference: ConferenceId) -> Result<usize> {
    let ids: Vec<String> = qs::for_conference(conn, conference)?
        .into_iter()
        .filter(|q| q.kind.is_free_text() || q.kind == QuestionKind::Date)
        .map(|q| q.id)
        .collect();
    Ok(answers::remove_for_questions(conn, conference, &ids)?)
}
