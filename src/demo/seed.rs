//! Loads the demo conference in one transaction. Deterministic (a fixed seed drives
//! every id, name and timestamp), idempotent (an existing demo is left untouched),
//! and fast: registrants get no password, so nothing is hashed per registrant.

use chrono::{DateTime, Duration, NaiveDate, TimeZone as _, Utc};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use uuid::Uuid;

use super::data::{self, DemoPerson};
use crate::db::conferences::NewConference;
use crate::db::registrations::NewRegistration;
use crate::db::sessions::NewSession;
use crate::db::users::NewUser;
use crate::db::{self, Db, DbConn, DbError};
use crate::domain::status::{EnrollmentStatus, RegistrationStatus, SessionKind, SessionRole};
use crate::domain::{
    ConferenceId, CountryCode, Email, Password, RegistrationId, SessionId, UserId, passwords,
};

pub const DEMO_SLUG: &str = "ip-ai-2020";
/// The one password known to anyone; only the five demo role accounts have it.
pub const DEMO_PASSWORD: &str = "plenary-demo";
const SEED: u64 = 20_200_707;
/// Workshops are the only demo sessions with a capacity (and so a session waitlist).
const WORKSHOP_CAPACITY: i32 = 60;

/// Where `plenary demo` sets its simulated clock: ten minutes before the opening
/// session (13:00 in Geneva on 7 July 2020), so join links and live rosters show.
pub fn demo_clock_start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2020, 7, 7, 10, 50, 0)
        .single()
        .unwrap_or_default()
}

/// The demo role accounts, printed by `plenary demo` and listed in the README.
pub const DEMO_ACCOUNTS: [(&str, &str); 5] = [
    ("admin@demo.plenary.test", "site admin"),
    (
        "organizer@demo.plenary.test",
        "organizer of the demo conference",
    ),
    (
        "moderator@demo.plenary.test",
        "moderator of the opening session and a panel",
    ),
    ("speaker@demo.plenary.test", "speaker in two sessions"),
    (
        "attendee@demo.plenary.test",
        "confirmed attendee with picked sessions",
    ),
];

#[derive(Debug, Default)]
pub struct SeedReport {
    /// False when the demo was already there and nothing changed.
    pub created: bool,
    pub sessions: usize,
    pub registrants: usize,
    pub countries: usize,
    pub enrollments: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
    #[error("{0}")]
    Other(#[from] anyhow::Error),
}

/// Ids come from the seeded generator so a reseed produces the same ids.
fn next_id(rng: &mut ChaCha8Rng) -> Uuid {
    uuid::Builder::from_random_bytes(rng.random()).into_uuid()
}

fn zurich(day: u8, (h, m): (u32, u32)) -> Result<DateTime<Utc>, SeedError> {
    let date = NaiveDate::from_ymd_opt(2020, 7, 7 + u32::from(day))
        .ok_or_else(|| anyhow::anyhow!("bad demo day {day}"))?;
    chrono_tz::Europe::Zurich
        .from_local_datetime(&date.and_hms_opt(h, m, 0).unwrap_or_default())
        .single()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| anyhow::anyhow!("demo time {h}:{m} does not exist in Zurich").into())
}

/// An ASCII mailbox name for an invented person (names in other scripts get a
/// neutral one); `n` keeps it unique.
fn mailbox(name: &str, n: usize) -> String {
    let ascii: String = name
        .chars()
        .filter_map(|c| {
            let c = deunicode_char(c);
            c.filter(|c| c.is_ascii_alphabetic() || *c == ' ')
        })
        .collect::<String>()
        .to_lowercase();
    let parts: Vec<&str> = ascii.split_whitespace().filter(|p| p.len() > 1).collect();
    match parts.as_slice() {
        [] => format!("participant.{n}"),
        [one] => format!("{one}.{n}"),
        [first, .., last] => format!("{first}.{last}.{n}"),
    }
}

/// Strips the most common Latin diacritics; anything else non-ASCII is dropped.
fn deunicode_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c);
    }
    const MAP: &[(&str, char)] = &[
        ("àáâãäåāăą", 'a'),
        ("çćčĉ", 'c'),
        ("ďđ", 'd'),
        ("èéêëēėęěẹệễ", 'e'),
        ("ğĝ", 'g'),
        ("ìíîïīįı", 'i'),
        ("łľĺ", 'l'),
        ("ñńňņ", 'n'),
        ("òóôõöøōőơộồ", 'o'),
        ("řŕ", 'r'),
        ("śšşș", 's'),
        ("ťţț", 't'),
        ("ùúûüūůűưứ", 'u'),
        ("ýÿ", 'y'),
        ("źżž", 'z'),
    ];
    let lower = c.to_lowercase().next()?;
    MAP.iter()
        .find(|(set, _)| set.contains(lower))
        .map(|(_, a)| *a)
}

const DOMAINS: [&str; 6] = [
    "example.org",
    "example.net",
    "example.com",
    "mission.example",
    "university.example",
    "office.example",
];

struct Ctx {
    rng: ChaCha8Rng,
    now: DateTime<Utc>,
}

/// An invented person to create; `password_hash` only for the demo role accounts.
struct Person<'a> {
    email: &'a str,
    name: &'a str,
    country: &'a str,
    organization: Option<&'a str>,
    password_hash: Option<&'a str>,
    is_admin: bool,
}

fn add_user(conn: &mut DbConn, ctx: &mut Ctx, p: Person<'_>) -> Result<UserId, SeedError> {
    let Person {
        email,
        name,
        country,
        organization,
        password_hash,
        is_admin,
    } = p;
    let id = UserId(next_id(&mut ctx.rng));
    let email = Email::parse(email).map_err(|m| anyhow::anyhow!("demo email {email}: {m}"))?;
    let country =
        CountryCode::parse(country).map_err(|m| anyhow::anyhow!("demo country {country}: {m}"))?;
    let tz = crate::domain::TimeZone::parse(country_zone(country.alpha2()))
        .map(|z| z.tz())
        .unwrap_or(chrono_tz::Europe::Zurich);
    db::users::insert(
        conn,
        &NewUser {
            id,
            email: &email,
            name,
            country,
            organization,
            tz,
            password_hash,
            is_admin,
            email_verified_at: Some(ctx.now),
            // The role accounts someone tries the demo with follow their browser's
            // language; the invented registrants prefer their country's.
            language: password_hash
                .is_none()
                .then(|| super::languages::country_language(country.alpha2())),
        },
        ctx.now,
    )?;
    Ok(id)
}

/// A representative zone for a few large countries; Zurich otherwise.
fn country_zone(alpha2: &str) -> &'static str {
    match alpha2 {
        "JP" => "Asia/Tokyo",
        "CN" | "TW" => "Asia/Shanghai",
        "KR" => "Asia/Seoul",
        "IN" => "Asia/Kolkata",
        "US" => "America/New_York",
        "BR" => "America/Sao_Paulo",
        "GB" => "Europe/London",
        "AU" => "Australia/Sydney",
        "KE" => "Africa/Nairobi",
        "NG" => "Africa/Lagos",
        "MX" => "America/Mexico_City",
        _ => "Europe/Zurich",
    }
}

fn person_label(p: &DemoPerson) -> String {
    if p.honorific.is_empty() {
        p.name.to_string()
    } else {
        format!("{} {}", p.honorific, p.name)
    }
}

/// Seeds the demo unless its conference exists. Everything happens in one
/// transaction: a failure leaves the database as it was.
pub fn seed_demo(db: &Db, registrants: usize) -> Result<SeedReport, SeedError> {
    let report = db.write_blocking(|conn| {
        if db::conferences::by_slug(conn, DEMO_SLUG)?.is_some() {
            return Ok(SeedReport::default());
        }
        seed(conn, registrants)
    })?;
    // The tests' small seeds need no planner statistics; the demo's 2,000 do.
    if registrants >= 1_000 {
        db.analyze_after_bulk_load()?;
    }
    Ok(report)
}

fn seed(conn: &mut DbConn, registrants: usize) -> Result<SeedReport, SeedError> {
    let mut ctx = Ctx {
        rng: ChaCha8Rng::seed_from_u64(SEED),
        now: Utc
            .with_ymd_and_hms(2020, 5, 15, 8, 0, 0)
            .single()
            .unwrap_or_default(),
    };
    let conference = ConferenceId(next_id(&mut ctx.rng));
    db::conferences::insert(
        conn,
        &NewConference {
            id: conference,
            slug: DEMO_SLUG,
            title: "Conversation on Intellectual Property and Artificial Intelligence — Second Session",
            description: "The Conversation brings together member states, IP offices, researchers, industry and civil society to discuss how artificial intelligence is changing the creation, protection and use of intellectual property.\n\nThis second session looks at copyright in training data and AI-generated works, inventorship and patents, data as an asset, deepfakes, and what AI means for IP offices and for developing countries. Sessions run in English with interpretation; all times are in Geneva time unless you choose your own zone.",
            tz: chrono_tz::Europe::Zurich,
            starts_on: NaiveDate::from_ymd_opt(2020, 7, 7).unwrap_or_default(),
            ends_on: NaiveDate::from_ymd_opt(2020, 7, 9).unwrap_or_default(),
            registration_opens_at: Some(ctx.now),
            registration_closes_at: None,
            capacity: None,
            privacy_notice: "We use your name, email, country and organisation to run this conference: to confirm your registration, send you joining details and announcements, and publish anonymous statistics by country. Moderators of sessions you pick see your name, country and organisation. We keep the data for 12 months after the conference; you can download or delete it from your account at any time.",
            published: true,
        },
        ctx.now,
    )?;
    db::conferences::set_short_name(conn, conference, Some("IP & AI 2020"))?;

    let demo_hash = |_: ()| -> Result<String, SeedError> {
        let p = Password::parse(DEMO_PASSWORD).map_err(|m| anyhow::anyhow!(m))?;
        Ok(passwords::hash(&p)?)
    };
    let demo_accounts = [
        ("Demo Site Admin", "CH", "Plenary demo", true),
        ("Inès Organizer-Demo", "CH", "Conference secretariat", false),
        (
            "H.E. Ambassador Mira Demo-Moderator",
            "CR",
            "Permanent Mission of Costa Rica",
            false,
        ),
        (
            "Dr. Kenji Demo-Speaker",
            "JP",
            "Institute for Digital Policy",
            false,
        ),
        ("Amina Demo-Attendee", "KE", "Kenya Copyright Board", false),
    ];
    let mut ids = Vec::new();
    for ((email, _), (name, country, org, is_admin)) in DEMO_ACCOUNTS.iter().zip(demo_accounts) {
        let hash = demo_hash(())?;
        ids.push(add_user(
            conn,
            &mut ctx,
            Person {
                email,
                name,
                country,
                organization: Some(org),
                password_hash: Some(&hash),
                is_admin,
            },
        )?);
    }
    let [_admin, organizer, moderator, speaker, attendee] = ids[..] else {
        return Err(anyhow::anyhow!("demo accounts").into());
    };
    db::conferences::add_organizer(conn, conference, organizer, ctx.now)?;

    // People on the agenda.
    let dg = add_user(
        conn,
        &mut ctx,
        Person {
            email: "director.general@office.example",
            name: &person_label(&data::DIRECTOR_GENERAL),
            country: data::DIRECTOR_GENERAL.country,
            organization: Some(data::DIRECTOR_GENERAL.organization),
            password_hash: None,
            is_admin: false,
        },
    )?;
    let mut moderators = Vec::new();
    for (i, p) in data::MODERATORS.iter().enumerate() {
        let email = format!("{}@mission.example", mailbox(p.name, i));
        moderators.push(add_user(
            conn,
            &mut ctx,
            Person {
                email: &email,
                name: &person_label(p),
                country: p.country,
                organization: Some(p.organization),
                password_hash: None,
                is_admin: false,
            },
        )?);
    }
    let mut speakers = Vec::new();
    for (i, p) in data::SPEAKERS.iter().enumerate() {
        let email = format!("{}@speakers.example", mailbox(p.name, i));
        speakers.push(add_user(
            conn,
            &mut ctx,
            Person {
                email: &email,
                name: &person_label(p),
                country: p.country,
                organization: Some(p.organization),
                password_hash: None,
                is_admin: false,
            },
        )?);
    }

    // Sessions with a moderator and 2–4 speakers each (breaks have nobody).
    let mut session_ids = Vec::new();
    let mut capacities: std::collections::HashMap<SessionId, i32> = Default::default();
    let mut first_panel_done = false;
    let mut speaker_sessions = 0;
    for (i, s) in data::SESSIONS.iter().enumerate() {
        let id = SessionId(next_id(&mut ctx.rng));
        let kind = SessionKind::parse(s.kind).unwrap_or(SessionKind::Other);
        let starts_at = zurich(s.day, s.start)?;
        let join_url = format!(
            "https://meet.example.org/ip-ai-2020/{}",
            &id.0.simple().to_string()[..10]
        );
        db::sessions::insert(
            conn,
            &NewSession {
                id,
                conference_id: conference,
                title: s.title,
                summary: s.summary,
                kind,
                starts_at,
                ends_at: starts_at + Duration::minutes(i64::from(s.minutes)),
                track: s.track,
                capacity: (kind == SessionKind::Workshop).then_some(WORKSHOP_CAPACITY),
                join_url: (kind != SessionKind::Break).then_some(join_url.as_str()),
            },
            ctx.now,
        )?;
        let ends_at = starts_at + Duration::minutes(i64::from(s.minutes));
        session_ids.push((id, kind, starts_at, ends_at));
        if kind == SessionKind::Workshop {
            capacities.insert(id, WORKSHOP_CAPACITY);
        }
        if kind == SessionKind::Break {
            continue;
        }
        let is_demo_moderated =
            kind == SessionKind::Opening || (kind == SessionKind::Panel && !first_panel_done);
        if kind == SessionKind::Panel && is_demo_moderated {
            first_panel_done = true;
        }
        let moderator_id = if is_demo_moderated {
            moderator
        } else {
            moderators[i % moderators.len()]
        };
        db::sessions::add_person(conn, id, moderator_id, SessionRole::Moderator, 0, ctx.now)?;
        let mut chosen: Vec<UserId> = Vec::new();
        if kind == SessionKind::Opening {
            chosen.push(dg);
        }
        if speaker_sessions < 2
            && matches!(
                kind,
                SessionKind::Panel | SessionKind::Keynote | SessionKind::Talk
            )
            && is_demo_moderated == (speaker_sessions == 0)
        {
            chosen.push(speaker);
            speaker_sessions += 1;
        }
        let want = ctx.rng.random_range(2..=4usize);
        while chosen.len() < want {
            let Some(p) = speakers.choose(&mut ctx.rng) else {
                break;
            };
            if !chosen.contains(p) {
                chosen.push(*p);
            }
        }
        for (pos, p) in chosen.iter().enumerate() {
            db::sessions::add_person(conn, id, *p, SessionRole::Speaker, pos as i32 + 1, ctx.now)?;
        }
    }
    let programme: Vec<_> = session_ids
        .iter()
        .zip(data::SESSIONS)
        .map(|((id, ..), s)| (*id, *s))
        .collect();
    super::translations::seed(conn, conference, &programme, ctx.now)?;
    super::profiles::seed(
        conn,
        ctx.now,
        conference,
        &super::profiles::People {
            director_general: dg,
            moderator,
            speaker,
            moderators: &moderators,
            speakers: &speakers,
        },
    )?;
    // Each session and person added bumped the agenda version; the demo opens at 1.
    db::conferences::restart_agenda_version(conn, conference)?;
    let pickable: Vec<(SessionId, SessionKind, DateTime<Utc>, DateTime<Utc>)> = session_ids
        .iter()
        .copied()
        .filter(|(_, k, _, _)| *k != SessionKind::Break)
        .collect();

    let mut seats_taken: std::collections::HashMap<SessionId, i32> = Default::default();

    // The demo attendee: confirmed, with picks.
    let attendee_reg = RegistrationId(next_id(&mut ctx.rng));
    db::registrations::insert(
        conn,
        &NewRegistration {
            id: attendee_reg,
            conference_id: conference,
            user_id: attendee,
            status: RegistrationStatus::Confirmed,
            country: CountryCode::parse("KE").map_err(|m| anyhow::anyhow!(m))?,
            created_at: ctx.now,
            confirmed_at: Some(ctx.now),
            cancelled_at: None,
        },
    )?;
    let mut enrollments = 0;
    for (sid, _, _, _) in pickable.iter().step_by(5) {
        db::registrations::enroll(
            conn,
            attendee_reg,
            *sid,
            EnrollmentStatus::Enrolled,
            ctx.now,
            None,
        )?;
        *seats_taken.entry(*sid).or_default() += 1;
        enrollments += 1;
    }

    // Registrants.
    let total_weight: u32 = data::COUNTRY_WEIGHTS.iter().map(|(_, w)| w).sum();
    let mut countries = std::collections::BTreeSet::new();
    let window_start = ctx.now;
    // Every sign-up, confirmation and cancellation happened before the simulated "now"
    // the demo opens at (an hour of margin for the confirmation).
    let sim_now = demo_clock_start();
    let window_secs = (sim_now - Duration::hours(1) - window_start).num_seconds();
    for n in 0..registrants {
        let mut pick = ctx.rng.random_range(0..total_weight);
        let mut alpha2 = data::COUNTRY_WEIGHTS[0].0;
        for (code, w) in data::COUNTRY_WEIGHTS {
            if pick < *w {
                alpha2 = code;
                break;
            }
            pick -= w;
        }
        let name = data::person_name(&mut ctx.rng, alpha2);
        let organization = data::organization(&mut ctx.rng, alpha2);
        let domain = DOMAINS
            .choose(&mut ctx.rng)
            .copied()
            .unwrap_or("example.org");
        let email = format!("{}@{domain}", mailbox(&name, n));
        // Sign-ups accelerate towards the conference: square the uniform draw.
        let u: f64 = ctx.rng.random();
        let created_at = window_start + Duration::seconds((window_secs as f64 * u.sqrt()) as i64);
        let user = add_user(
            conn,
            &mut ctx,
            Person {
                email: &email,
                name: &name,
                country: alpha2,
                organization: organization.as_deref(),
                password_hash: None,
                is_admin: false,
            },
        )?;
        let roll = ctx.rng.random_range(0..100u32);
        let status = match roll {
            0..=3 => RegistrationStatus::Pending,
            4..=6 => RegistrationStatus::Waitlisted,
            7..=11 => RegistrationStatus::Cancelled,
            _ => RegistrationStatus::Confirmed,
        };
        let reg = RegistrationId(next_id(&mut ctx.rng));
        db::registrations::insert(
            conn,
            &NewRegistration {
                id: reg,
                conference_id: conference,
                user_id: user,
                status,
                country: CountryCode::parse(alpha2)
                    .map_err(|m| anyhow::anyhow!("{alpha2}: {m}"))?,
                created_at,
                confirmed_at: (status == RegistrationStatus::Confirmed)
                    .then(|| created_at + Duration::minutes(7)),
                cancelled_at: (status == RegistrationStatus::Cancelled)
                    .then(|| (created_at + Duration::days(3)).min(sim_now - Duration::minutes(5))),
            },
        )?;
        if status == RegistrationStatus::Confirmed {
            countries.insert(alpha2);
            for (sid, kind, starts, ends) in &pickable {
                let p = match kind {
                    SessionKind::Opening => 75,
                    SessionKind::Closing | SessionKind::Keynote => 40,
                    _ => 14,
                };
                if ctx.rng.random_range(0..100) < p {
                    let taken = seats_taken.entry(*sid).or_default();
                    let full = capacities.get(sid).is_some_and(|cap| *taken >= *cap);
                    // Attendance only for sessions already over at the simulated time.
                    let attended = (!full && ctx.rng.random_range(0..100) < 70)
                        .then(|| *starts + Duration::minutes(ctx.rng.random_range(-5..20)))
                        .filter(|_| *ends <= sim_now);
                    let status = if full {
                        EnrollmentStatus::Waitlisted
                    } else {
                        EnrollmentStatus::Enrolled
                    };
                    *taken += i32::from(!full);
                    db::registrations::enroll(conn, reg, *sid, status, created_at, attended)?;
                    enrollments += 1;
                }
            }
        }
    }
    super::categories::seed(conn, conference, ctx.now)?;
    super::questions::seed(conn, conference, ctx.now)?;
    Ok(SeedReport {
        created: true,
        sessions: session_ids.len(),
        registrants,
        countries: countries.len(),
        enrollments,
    })
}

/// True when no conference exists yet (the quick start loads the demo only then).
pub fn is_empty(db: &Db) -> Result<bool, SeedError> {
    let mut conn = db.conn()?;
    Ok(db::conferences::count(&mut conn)? == 0)
}
