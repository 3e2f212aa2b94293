//! Decoding a row never guesses: a stored id that is not a UUID, a status or kind
//! outside its set, an unknown time zone or country makes the db function return an
//! error naming the type and the value — not a row with a fresh id, `Pending`,
//! `Other` or UTC. The values are written behind the application's back with
//! `sql_query` (the schema's CHECKs are lifted for the enum columns), on SQLite, or
//! PostgreSQL when `PLENARY_TEST_DATABASE_URL` is set.

mod common;

use chrono::{Duration, NaiveDate, Utc};
use common::TestApp;
use diesel::RunQueryDsl;
use plenary::db::{self, Backend, DbConn};
use plenary::domain::status::{RegistrationStatus, SessionKind};
use plenary::domain::{ConferenceId, CountryCode, Email, RegistrationId, SessionId, UserId};

/// Asserts that `r` failed to decode `found` as an `expected`.
fn assert_bad_value<T: std::fmt::Debug>(r: diesel::QueryResult<T>, expected: &str, found: &str) {
    match r {
        Err(diesel::result::Error::DeserializationError(e)) => {
            // Diesel wraps it in the name of the field that failed.
            let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&*e);
            let bad = loop {
                match cause {
                    Some(c) => match c.downcast_ref::<db::types::UnexpectedValue>() {
                        Some(bad) => break bad,
                        None => cause = c.source(),
                    },
                    None => panic!("no UnexpectedValue in {e:?}"),
                }
            };
            assert_eq!(bad.expected, expected);
            assert_eq!(bad.found, found);
        }
        other => panic!("expected a deserialization error for {expected}, got {other:?}"),
    }
}

fn exec(c: &mut DbConn, sql: &str) {
    diesel::sql_query(sql)
        .execute(c)
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// Lets `column` of `table` take a value its CHECK refuses, for this test only.
fn lift_check(c: &mut DbConn, table: &str, column: &str) {
    match db::conn_backend(c) {
        Backend::Sqlite => exec(c, "PRAGMA ignore_check_constraints = ON"),
        Backend::Postgres => exec(
            c,
            &format!("ALTER TABLE {table} DROP CONSTRAINT {table}_{column}_check"),
        ),
    }
}

fn conference(c: &mut DbConn, slug: &'static str) -> ConferenceId {
    let id = ConferenceId::new();
    let day = NaiveDate::from_ymd_opt(2030, 1, 1).expect("date");
    db::conferences::insert(
        c,
        &db::conferences::NewConference {
            id,
            slug,
            title: "Typed",
            description: "",
            tz: chrono_tz::Europe::Zurich,
            starts_on: day,
            ends_on: day,
            registration_opens_at: None,
            registration_closes_at: None,
            capacity: None,
            privacy_notice: "",
            published: true,
        },
        Utc::now(),
    )
    .expect("conference");
    id
}

fn user(c: &mut DbConn, email: &str) -> UserId {
    let id = UserId::new();
    db::users::insert(
        c,
        &db::users::NewUser {
            id,
            email: &Email::parse(email).expect("email"),
            name: "Ann",
            country: CountryCode::parse("CH").expect("country"),
            organization: None,
            tz: chrono_tz::Europe::Zurich,
            password_hash: None,
            is_admin: false,
            email_verified_at: None,
            language: None,
        },
        Utc::now(),
    )
    .expect("user");
    id
}

fn session(c: &mut DbConn, conference: ConferenceId) -> SessionId {
    let id = SessionId::new();
    let start = Utc::now() + Duration::days(1);
    db::sessions::insert(
        c,
        &db::sessions::NewSession {
            id,
            conference_id: conference,
            title: "Opening",
            summary: "",
            kind: SessionKind::Opening,
            starts_at: start,
            ends_at: start + Duration::hours(1),
            track: "",
            capacity: None,
            join_url: None,
        },
        Utc::now(),
    )
    .expect("session");
    id
}

/// A confirmed registration of `user` for `conference`, written through the db layer.
fn confirmed_registration(
    c: &mut DbConn,
    conference: ConferenceId,
    user: UserId,
) -> RegistrationId {
    let id = RegistrationId::new();
    db::registrations::insert(
        c,
        &db::registrations::NewRegistration {
            id,
            conference_id: conference,
            user_id: user,
            status: RegistrationStatus::Confirmed,
            country: CountryCode::parse("CH").expect("country"),
            created_at: Utc::now(),
            confirmed_at: Some(Utc::now()),
            cancelled_at: None,
        },
    )
    .expect("registration");
    id
}

#[tokio::test]
async fn a_malformed_conference_id_is_an_error_not_a_fresh_id() {
    let app = TestApp::spawn().await;
    let r = app
        .with_db(|c| {
            conference(c, "bad-id");
            exec(
                c,
                "UPDATE conferences SET id = 'not-a-uuid' WHERE slug = 'bad-id'",
            );
            db::conferences::by_slug(c, "bad-id")
        })
        .await;
    assert_bad_value(r, "ConferenceId", "not-a-uuid");
}

#[tokio::test]
async fn an_unknown_time_zone_is_an_error_not_utc() {
    let app = TestApp::spawn().await;
    let (conf, user_) = app
        .with_db(|c| {
            let conf = conference(c, "bad-zone");
            let u = user(c, "ann@example.org");
            exec(
                c,
                "UPDATE conferences SET time_zone = 'Mars/Olympus' WHERE slug = 'bad-zone'",
            );
            exec(c, "UPDATE users SET time_zone = 'Moon/Tranquility'");
            (db::conferences::by_id(c, conf), db::users::by_id(c, u))
        })
        .await;
    assert_bad_value(conf, "TimeZone", "Mars/Olympus");
    assert_bad_value(user_, "TimeZone", "Moon/Tranquility");
}

#[tokio::test]
async fn an_unknown_country_is_an_error() {
    let app = TestApp::spawn().await;
    let r = app
        .with_db(|c| {
            let u = user(c, "ann@example.org");
            exec(c, "UPDATE users SET country = 'XX'");
            db::users::by_id(c, u)
        })
        .await;
    assert_bad_value(r, "CountryCode", "XX");
}

#[tokio::test]
async fn a_malformed_session_id_or_unknown_kind_is_an_error() {
    let app = TestApp::spawn().await;
    let (by_id_, agenda) = app
        .with_db(|c| {
            let conf = conference(c, "bad-session");
            let good = session(c, conf);
            let bad = session(c, conf);
            lift_check(c, "sessions", "kind");
            exec(
                c,
                &format!("UPDATE sessions SET kind = 'party' WHERE id = '{good}'"),
            );
            exec(
                c,
                &format!("UPDATE sessions SET id = 'session-1' WHERE id = '{bad}'"),
            );
            (
                db::sessions::by_id(c, conf, good),
                db::sessions::for_conference(c, conf),
            )
        })
        .await;
    assert_bad_value(by_id_, "SessionKind", "party");
    assert!(
        agenda.is_err(),
        "the agenda is not shown with a guessed row: {agenda:?}"
    );
}

#[tokio::test]
async fn an_unknown_registration_status_is_an_error_not_pending() {
    let app = TestApp::spawn().await;
    let (one, mine, detail) = app
        .with_db(|c| {
            let conf = conference(c, "bad-status");
            let u = user(c, "ann@example.org");
            let id = confirmed_registration(c, conf, u);
            lift_check(c, "registrations", "status");
            exec(c, "UPDATE registrations SET status = 'maybe'");
            (
                db::registrations::by_id(c, id),
                db::registrations::for_user(c, conf, u),
                db::registrations_admin::detail(c, conf, id),
            )
        })
        .await;
    assert_bad_value(one, "RegistrationStatus", "maybe");
    assert_bad_value(mine, "RegistrationStatus", "maybe");
    assert_bad_value(detail, "RegistrationStatus", "maybe");
}

#[tokio::test]
async fn a_malformed_user_id_in_a_registration_is_an_error_not_an_anonymous_row() {
    let app = TestApp::spawn().await;
    let r = app
        .with_db(|c| {
            let conf = conference(c, "bad-user-ref");
            let u = user(c, "ann@example.org");
            let id = confirmed_registration(c, conf, u);
            // The foreign key follows the user's id, so the malformed value reaches
            // the registration as it would through a botched manual fix.
            if db::conn_backend(c) == Backend::Sqlite {
                exec(c, "PRAGMA foreign_keys = OFF");
            } else {
                exec(
                    c,
                    "ALTER TABLE registrations DROP CONSTRAINT registrations_user_id_fkey",
                );
            }
            exec(c, "UPDATE registrations SET user_id = 'user-42'");
            db::registrations::by_id(c, id)
        })
        .await;
    assert_bad_value(r, "UserId", "user-42");
}

#[tokio::test]
async fn every_agenda_change_in_the_db_layer_bumps_the_agenda_version() {
    use plenary::domain::status::SessionRole;
    let app = TestApp::spawn().await;
    let versions = app
        .with_db(|c| {
            let conf = conference(c, "agenda-version");
            let version = |c: &mut DbConn| {
                db::conferences::by_id(c, conf)
                    .expect("load")
                    .expect("conference")
                    .agenda_version
            };
            let mut seen = vec![version(c)];
            let s = session(c, conf);
            seen.push(version(c));
            let u = user(c, "speaker@example.org");
            db::sessions::add_person(c, s, u, SessionRole::Speaker, 1, Utc::now()).expect("add");
            seen.push(version(c));
            let slots = [db::sessions::Slot {
                speaker: u,
                position: 1,
                slot_minutes: Some(10),
            }];
            db::sessions::set_run_of_show(c, s, &slots).expect("run of show");
            seen.push(version(c));
            assert!(db::sessions::remove_person(c, s, u, SessionRole::Speaker).expect("remove"));
            seen.push(version(c));
            assert!(db::sessions::delete(c, conf, s, Utc::now()).expect("delete"));
            seen.push(version(c));
            seen
        })
        .await;
    assert!(
        versions.windows(2).all(|w| w[1] > w[0]),
        "each change bumps the version: {versions:?}"
    );
}
