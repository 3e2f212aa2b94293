//! The demo's custom registration questions, as an intergovernmental meeting asks
//! them: the honorific, the delegation (of delegates and observers), whether
//! captions are needed and the interpretation language (both shown to moderators),
//! with answers for part of the registrants. All optional, so signing up for the
//! demo stays quick.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::answers;
use crate::db::categories;
use crate::db::questions::{self as qs, QuestionFields};
use crate::db::schema::registrations;
use crate::domain::questions::{AnswerValue, QuestionKind, TICKED};
use crate::domain::{ConferenceId, CountryCode, RegistrationId};

const TITLES: [&str; 5] = ["H.E.", "Mr", "Ms", "Dr", "Prof."];
const LANGUAGES: [&str; 6] = [
    "Arabic", "Chinese", "English", "French", "Russian", "Spanish",
];

fn question(
    conn: &mut DbConn,
    conference: ConferenceId,
    (kind, label, help): (QuestionKind, &str, &str),
    visible_to_moderators: bool,
    now: DateTime<Utc>,
) -> QueryResult<String> {
    qs::insert(
        conn,
        conference,
        &QuestionFields {
            kind,
            label,
            help,
            required: false,
            visible_to_moderators,
        },
        now,
    )
}

fn choices(
    conn: &mut DbConn,
    question: &str,
    labels: &[&str],
    now: DateTime<Utc>,
) -> QueryResult<Vec<AnswerValue>> {
    labels
        .iter()
        .map(|l| {
            Ok(AnswerValue {
                choice_id: Some(qs::add_choice(conn, question, l, now)?),
                value: (*l).to_string(),
            })
        })
        .collect()
}

fn text(value: String) -> Vec<AnswerValue> {
    vec![AnswerValue {
        choice_id: None,
        value,
    }]
}

/// Creates the questions (after the categories) and answers for part of the
/// registrants.
pub fn seed(conn: &mut DbConn, conference: ConferenceId, now: DateTime<Utc>) -> QueryResult<()> {
    let title = question(
        conn,
        conference,
        (
            QuestionKind::SingleChoice,
            "Title",
            "How we address you in correspondence and on your badge.",
        ),
        false,
        now,
    )?;
    let titles = choices(conn, &title, &TITLES, now)?;
    let delegation = question(
        conn,
        conference,
        (
            QuestionKind::Organisation,
            "Delegation",
            "The delegation or organisation you represent, as accredited.",
        ),
        false,
        now,
    )?;
    let accredited: Vec<String> = categories::for_conference(conn, conference)?
        .into_iter()
        .filter(|c| c.name == "Member State delegate" || c.name == "Observer")
        .map(|c| c.id)
        .collect();
    qs::set_categories(conn, &delegation, &accredited)?;
    let captions = question(
        conn,
        conference,
        (
            QuestionKind::Checkbox,
            "I need captions",
            "Live captions are provided in the sessions you attend.",
        ),
        true,
        now,
    )?;
    let interpretation = question(
        conn,
        conference,
        (
            QuestionKind::SingleChoice,
            "Interpretation language",
            "The language you would like to listen to in sessions with interpretation.",
        ),
        true,
        now,
    )?;
    let languages = choices(conn, &interpretation, &LANGUAGES, now)?;
    let regs: Vec<(RegistrationId, String)> = registrations::table
        .filter(registrations::conference_id.eq(conference))
        .order((registrations::created_at, registrations::id))
        .select((registrations::id, registrations::country))
        .load(conn)?;
    for (n, (rid, country)) in regs.into_iter().enumerate() {
        // The demo attendee (the first registration) answers nothing, to try it.
        if n == 0 || n % 5 == 4 {
            continue;
        }
        answers::replace(conn, rid, &title, &[titles[n % TITLES.len()].clone()], now)?;
        let placed = categories::placement_of(conn, rid)?;
        if placed.is_some_and(|p| accredited.contains(&p.category_id)) {
            let name = CountryCode::parse(&country)
                .map(|c| c.english_name().to_string())
                .unwrap_or(country);
            answers::replace(
                conn,
                rid,
                &delegation,
                &text(format!("Delegation of {name}")),
                now,
            )?;
        }
        if n % 7 == 3 {
            answers::replace(conn, rid, &captions, &text(TICKED.to_string()), now)?;
        }
        if n % 3 != 0 {
            let lang = languages[(n * 7) % LANGUAGES.len()].clone();
            answers::replace(conn, rid, &interpretation, &[lang], now)?;
        }
    }
    Ok(())
}
