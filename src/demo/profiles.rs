//! The demo's faces: the conference's logo, banner, accent colour and contact line,
//! and a public profile with a drawn avatar for the invented people on the programme
//! (a few of them have not consented, so their names show without a card).

use chrono::{DateTime, Utc};

use super::data::{self, DemoPerson};
use super::images;
use super::seed::SeedError;
use crate::db::identity::Identity;
use crate::db::{self, DbConn};
use crate::domain::identity::{AccentColour, CleanImage};
use crate::domain::profile::Profile;
use crate::domain::{ConferenceId, UserId};

pub struct People<'a> {
    pub director_general: UserId,
    pub moderator: UserId,
    pub speaker: UserId,
    pub moderators: &'a [UserId],
    pub speakers: &'a [UserId],
}

const FUNCTIONS: [&str; 8] = [
    "Professor of Law",
    "Senior Legal Counsel",
    "Director of Research",
    "Head of Policy",
    "Founder and Chief Executive",
    "Legal Adviser",
    "Senior Researcher",
    "Programme Director",
];

fn drawn(img: Result<CleanImage, String>) -> Result<CleanImage, SeedError> {
    img.map_err(|e| anyhow::anyhow!("drawing a demo picture: {e}").into())
}

fn function_of(p: &DemoPerson, n: usize) -> String {
    if p.honorific.contains("Ambassador") {
        "Ambassador and Permanent Representative".into()
    } else {
        FUNCTIONS[n % FUNCTIONS.len()].into()
    }
}

fn biography(p: &DemoPerson, function: &str) -> String {
    format!(
        "{function} at {}. Works on how artificial intelligence changes the creation, \
         protection and use of intellectual property, and on access to knowledge for \
         developing countries.",
        p.organization
    )
}

#[allow(clippy::too_many_arguments)]
fn profile(
    conn: &mut DbConn,
    now: DateTime<Utc>,
    user: UserId,
    p: &DemoPerson,
    function: String,
    n: usize,
    consent: bool,
) -> Result<(), SeedError> {
    let photo = db::images::store(conn, &drawn(images::avatar(n))?, now)?;
    let pr = Profile {
        // The demo's names already carry the honorific ("Dr. …").
        honorific: String::new(),
        biography: biography(p, &function),
        job_title: function,
        organisation: p.organization.to_string(),
        country: p.country.to_string(),
        photo: Some(photo),
        consent,
    };
    db::profiles::save(conn, user, &pr, now)?;
    Ok(())
}

pub fn seed(
    conn: &mut DbConn,
    now: DateTime<Utc>,
    conference: ConferenceId,
    people: &People<'_>,
) -> Result<(), SeedError> {
    let logo = db::images::store(conn, &drawn(images::logo())?, now)?;
    let banner = db::images::store(conn, &drawn(images::banner())?, now)?;
    let accent = AccentColour::parse("#0b6e4f").map_err(|e| anyhow::anyhow!(e))?;
    db::identity::save(
        conn,
        conference,
        &Identity {
            accent: Some(accent),
            contact_line: "Questions about the conference: conversation@oipi.example".into(),
            logo: Some(logo),
            banner: Some(banner),
        },
        now,
    )?;
    profile(
        conn,
        now,
        people.director_general,
        &data::DIRECTOR_GENERAL,
        "Director General".into(),
        0,
        true,
    )?;
    let demo_moderator = DemoPerson {
        honorific: "H.E. Ambassador",
        name: "Mira Demo-Moderator",
        organization: "Permanent Mission of Costa Rica",
        country: "CR",
    };
    profile(
        conn,
        now,
        people.moderator,
        &demo_moderator,
        function_of(&demo_moderator, 0),
        1,
        true,
    )?;
    let demo_speaker = DemoPerson {
        honorific: "Dr.",
        name: "Kenji Demo-Speaker",
        organization: "Institute for Digital Policy",
        country: "JP",
    };
    profile(
        conn,
        now,
        people.speaker,
        &demo_speaker,
        "Director of Research".into(),
        2,
        true,
    )?;
    for (i, (id, p)) in people.moderators.iter().zip(data::MODERATORS).enumerate() {
        profile(conn, now, *id, p, function_of(p, i), 3 + i, true)?;
    }
    for (i, (id, p)) in people.speakers.iter().zip(data::SPEAKERS).enumerate() {
        // Every seventh speaker did not agree to be shown.
        let consent = i % 7 != 6;
        profile(conn, now, *id, p, function_of(p, i), 20 + i, consent)?;
    }
    Ok(())
}
