//! Roles by invitation (issue 12, point 1, and M6): organizers name an address and
//! learn nothing about whether it has an account; the role exists only once the
//! owner of the mailbox accepts; the link is not used up by opening it; another
//! signed-in account cannot accept it; and double-booking messages never show
//! another conference's session titles.

mod common;

use common::{Page, TestApp, location, new_client, opening_id, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{audit_log, conference_roles, conferences, session_people, users};

const ORGANIZER: &str = "organizer@demo.plenary.test";
const MODERATOR: &str = "moderator@demo.plenary.test";

/// Adds an account without a role in the demo conference: confirmed or not (an
/// unconfirmed one is what someone makes with another person's address).
async fn add_account(app: &TestApp, email: &'static str, name: &'static str, confirmed: bool) {
    use plenary::db::users::NewUser;
    use plenary::domain::{CountryCode, Email, Password, UserId, passwords};
    let hash = passwords::hash(&Password::parse("attacker password 1").unwrap()).unwrap();
    app.with_db(move |c| {
        let now = chrono::Utc::now();
        plenary::db::users::insert(
            c,
            &NewUser {
                id: UserId::new(),
                email: &Email::parse(email).unwrap(),
                name,
                country: CountryCode::parse("FR").unwrap(),
                organization: Some("Acme Probing Ltd"),
                tz: chrono_tz::UTC,
                password_hash: Some(&hash),
                is_admin: false,
                email_verified_at: confirmed.then_some(now),
                language: None,
            },
            now,
        )
        .unwrap();
    })
    .await;
}

async fn user_id(app: &TestApp, email: &'static str) -> Option<String> {
    app.with_db(move |c| {
        users::table
            .filter(users::email.eq(email))
            .select(users::id)
            .first::<String>(c)
            .optional()
            .unwrap()
    })
    .await
}

/// The session roles `email` holds in session `session`.
async fn roles_in(app: &TestApp, session: &str, email: &'static str) -> Vec<String> {
    let Some(uid) = user_id(app, email).await else {
        return Vec::new();
    };
    let session = session.to_string();
    app.with_db(move |c| {
        session_people::table
            .filter(session_people::session_id.eq(session))
            .filter(session_people::user_id.eq(uid))
            .select(session_people::role)
            .load::<String>(c)
            .unwrap()
    })
    .await
}

async fn is_demo_organizer(app: &TestApp, email: &'static str) -> bool {
    let Some(uid) = user_id(app, email).await else {
        return false;
    };
    app.with_db(move |c| {
        conference_roles::table
            .inner_join(conferences::table)
            .filter(conferences::slug.eq("ip-ai-2020"))
            .filter(conference_roles::user_id.eq(uid))
            .count()
            .get_result::<i64>(c)
            .unwrap()
            > 0
    })
    .await
}

async fn get(client: &reqwest::Client, app: &TestApp, path: &str) -> (u16, String) {
    let r = client.get(app.url(path)).send().await.unwrap();
    let status = r.status().as_u16();
    let body = r.text().await.unwrap();
    (status, plenary::domain::l10n::strip_isolation(&body))
}

#[tokio::test]
async fn naming_an_address_answers_the_same_whether_or_not_it_has_an_account() {
    let app = TestApp::spawn_demo(3).await;
    add_account(&app, "confirmed@example.org", "Carla Confirmed", true).await;
    add_account(&app, "unconfirmed@example.org", "Ursula Unconfirmed", false).await;
    let org = app.demo_browser(ORGANIZER).await;
    let opening = opening_id(&app).await;
    let session_page = format!("/organize/c/ip-ai-2020/sessions/{opening}/people");
    let people_page = "/organize/c/ip-ai-2020/people";

    let addresses = [
        "confirmed@example.org",
        "unconfirmed@example.org",
        "nobody@example.org",
    ];
    // (page, form action, extra fields)
    let forms = [
        (
            session_page.as_str(),
            session_page.as_str(),
            vec![("role", "speaker")],
        ),
        (people_page, "/organize/c/ip-ai-2020/organizers", vec![]),
    ];
    for (page, action, extra) in &forms {
        let mut answers = Vec::new();
        for email in addresses {
            let mut fields = vec![("email", email)];
            fields.extend(extra.iter().cloned());
            let r = submit_with(&org, &app.base, page, action, &fields).await;
            let status = r.status().as_u16();
            let to = location(&r);
            let (_, body) = get(&org, &app, &to).await;
            assert!(
                body.contains(&format!(
                    "Invitation sent to {email}. They appear here once they accept."
                )),
                "{body}"
            );
            for secret in ["Carla Confirmed", "Ursula Unconfirmed", "Acme Probing"] {
                assert!(!body.contains(secret), "the page shows {secret}");
            }
            answers.push((status, to, body.replace(email, "ADDRESS")));
            // Withdraw, so that the next address meets the same page.
            let role = extra.first().map(|(_, r)| *r).unwrap_or("organizer");
            let session = if extra.is_empty() {
                ""
            } else {
                opening.as_str()
            };
            let r = submit_with(
                &org,
                &app.base,
                page,
                "/organize/c/ip-ai-2020/invitations/withdraw",
                &[("email", email), ("role", role), ("session", session)],
            )
            .await;
            assert_eq!(r.status().as_u16(), 303);
            let (_, after) = get(&org, &app, &location(&r)).await;
            assert!(!after.contains(&format!("value=\"{email}\"")), "withdrawn");
        }
        assert_eq!(answers[0].0, 303);
        assert_eq!(answers[0], answers[1], "confirmed vs unconfirmed account");
        assert_eq!(answers[0], answers[2], "account vs no account");
    }

    // The mails say the same too, with no name; nobody got a role.
    app.drain().await;
    let texts: Vec<String> = addresses
        .iter()
        .map(|a| {
            let mails = app.mails_to(a);
            assert_eq!(mails.len(), 2, "{a}: two invitations");
            // The session invitation (the outbox may deliver in any order).
            let m = mails
                .iter()
                .find(|m| m.text.contains("of the session"))
                .expect("the session invitation");
            assert!(m.subject.starts_with("Invitation"));
            let link = m.link_containing("/invite/").unwrap();
            m.text.replace(&link, "LINK")
        })
        .collect();
    assert_eq!(texts[0], texts[1]);
    assert_eq!(texts[0], texts[2]);
    assert!(!texts[0].contains("Carla") && texts[0].starts_with("Hello,"));
    for email in ["confirmed@example.org", "unconfirmed@example.org"] {
        assert!(roles_in(&app, &opening, email).await.is_empty());
        assert!(!is_demo_organizer(&app, email).await);
    }
    assert_eq!(
        user_id(&app, "nobody@example.org").await,
        None,
        "no account made"
    );
}

#[tokio::test]
async fn the_role_exists_only_after_acceptance_and_opening_the_link_uses_nothing() {
    let app = TestApp::spawn_demo(3).await;
    add_account(&app, "carla@example.org", "Carla Speaker", true).await;
    let org = app.demo_browser(ORGANIZER).await;
    let opening = opening_id(&app).await;
    let page = format!("/organize/c/ip-ai-2020/sessions/{opening}/people");
    let r = submit_with(
        &org,
        &app.base,
        &page,
        &page,
        &[("email", "carla@example.org"), ("role", "speaker")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, listed) = get(&org, &app, &page).await;
    assert!(listed.contains("carla@example.org") && !listed.contains("Carla Speaker"));
    assert!(
        roles_in(&app, &opening, "carla@example.org")
            .await
            .is_empty()
    );

    let path = app.invitation_path("carla@example.org").await;
    let carla = new_client();
    // Not signed in: an existing account signs in first; the link still works after.
    for _ in 0..2 {
        let (status, body) = get(&carla, &app, &path).await;
        assert_eq!(status, 200);
        assert!(body.contains("Sign in to accept"), "{body}");
    }
    // A password typed into the invitation never replaces the account's (the page
    // has no such form; the CSRF token comes from another page).
    let r = submit_with(
        &carla,
        &app.base,
        "/login",
        &path,
        &[
            ("name", "Someone Else"),
            ("country", "FR"),
            ("password", "a new password 1"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        roles_in(&app, &opening, "carla@example.org")
            .await
            .is_empty()
    );
    assert_eq!(
        app.login("carla@example.org", "a new password 1")
            .await
            .status()
            .as_u16(),
        200,
        "the password is unchanged"
    );

    app.sign_in(&carla, "carla@example.org", "attacker password 1")
        .await;
    for _ in 0..2 {
        let (status, body) = get(&carla, &app, &path).await;
        assert_eq!(status, 200);
        assert!(body.contains("Accept the invitation"), "{body}");
    }
    assert!(
        roles_in(&app, &opening, "carla@example.org")
            .await
            .is_empty(),
        "GET grants nothing"
    );
    let r = submit_with(&carla, &app.base, &path, &path, &[]).await;
    assert_eq!(location(&r), "/moderate");
    assert_eq!(
        roles_in(&app, &opening, "carla@example.org").await,
        vec!["speaker".to_string()]
    );
    // Now the organizer sees the name, and the link is spent.
    let (_, listed) = get(&org, &app, &page).await;
    assert!(listed.contains("Carla Speaker"));
    let (_, again) = get(&carla, &app, &path).await;
    assert!(again.contains("not valid any more"), "{again}");
    let actions: Vec<String> = app
        .with_db(|c| {
            audit_log::table
                .filter(audit_log::action.like("people.%"))
                .select(audit_log::action)
                .load(c)
                .unwrap()
        })
        .await;
    assert!(actions.contains(&"people.invite".into()) && actions.contains(&"people.accept".into()));
}

#[tokio::test]
async fn another_signed_in_account_cannot_accept_an_invitation() {
    let app = TestApp::spawn_demo(3).await;
    let org = app.demo_browser(ORGANIZER).await;
    let r = submit_with(
        &org,
        &app.base,
        "/organize/c/ip-ai-2020/people",
        "/organize/c/ip-ai-2020/organizers",
        &[("email", "victim@example.org")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let path = app.invitation_path("victim@example.org").await;

    // The demo moderator got hold of the link: the page says whose it is, and a
    // POST grants nothing.
    let other = app.demo_browser(MODERATOR).await;
    // (The demo moderator reads Spanish; this test reads English.)
    let (_, body) = get(&other, &app, &format!("{path}?lang=en")).await;
    assert!(
        body.contains("but this invitation is for victim@example.org."),
        "{body}"
    );
    assert!(!body.contains("Accept the invitation</button>"));
    let r = submit_with(&other, &app.base, &path, &path, &[]).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(!is_demo_organizer(&app, MODERATOR).await);
    let (status, _) = get(&other, &app, "/organize/c/ip-ai-2020/registrations").await;
    assert_ne!(status, 200, "no back office for the wrong account");

    // The owner of the address, without an account, still can.
    let victim = new_client();
    let (_, form) = get(&victim, &app, &path).await;
    assert_eq!(Page::parse(&form).input("name"), "", "{form}");
    let r = submit_with(
        &victim,
        &app.base,
        &path,
        &path,
        &[
            ("name", "Vera Victim"),
            ("country", "CH"),
            ("password", "victim password 1"),
        ],
    )
    .await;
    assert_eq!(location(&r), "/organize");
    assert!(is_demo_organizer(&app, "victim@example.org").await);
    let (status, _) = get(&victim, &app, "/organize/c/ip-ai-2020/registrations").await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn withdrawn_and_resent_invitations_kill_the_old_link() {
    let app = TestApp::spawn_demo(3).await;
    let org = app.demo_browser(ORGANIZER).await;
    let people = "/organize/c/ip-ai-2020/people";
    let r = submit_with(
        &org,
        &app.base,
        people,
        "/organize/c/ip-ai-2020/organizers",
        &[("email", "late@example.org")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let first = app.invitation_path("late@example.org").await;
    let fields = [
        ("email", "late@example.org"),
        ("role", "organizer"),
        ("session", ""),
    ];
    let r = submit_with(
        &org,
        &app.base,
        people,
        "/organize/c/ip-ai-2020/invitations/resend",
        &fields,
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let second = app.invitation_path("late@example.org").await;
    assert_ne!(first, second);
    let (_, old) = get(&new_client(), &app, &first).await;
    assert!(old.contains("not valid any more"));
    let (_, new) = get(&new_client(), &app, &second).await;
    assert!(new.contains("Accept and create my account"));

    let r = submit_with(
        &org,
        &app.base,
        people,
        "/organize/c/ip-ai-2020/invitations/withdraw",
        &fields,
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, gone) = get(&new_client(), &app, &second).await;
    assert!(gone.contains("not valid any more"));
    let actions: Vec<String> = app
        .with_db(|c| {
            audit_log::table
                .filter(audit_log::action.like("people.%"))
                .order(audit_log::created_at)
                .select(audit_log::action)
                .load(c)
                .unwrap()
        })
        .await;
    assert_eq!(
        actions,
        ["people.invite", "people.resend", "people.withdraw"]
    );
}

#[tokio::test]
async fn double_booking_never_shows_another_conferences_session_title() {
    use plenary::db::sessions::NewSession;
    use plenary::domain::SessionId;
    use plenary::domain::status::{SessionKind, SessionRole};
    let app = TestApp::spawn_demo(3).await;
    app.other_conference_with_organizer("other-conf", "other.org@example.org", "other password 1")
        .await;
    // The demo moderator also speaks, at the same time as the demo opening, in an
    // unpublished-looking session of the other conference.
    app.with_db(|c| {
        let now = chrono::Utc::now();
        let conf: String = conferences::table
            .filter(conferences::slug.eq("other-conf"))
            .select(conferences::id)
            .first(c)
            .unwrap();
        let moderator: String = users::table
            .filter(users::email.eq(MODERATOR))
            .select(users::id)
            .first(c)
            .unwrap();
        let id = SessionId::new();
        let start = common::opening_utc();
        plenary::db::sessions::insert(
            c,
            &NewSession {
                id,
                conference_id: plenary::domain::ConferenceId::parse(&conf).unwrap(),
                title: "Secret merger talks",
                summary: "",
                kind: SessionKind::parse("talk").unwrap(),
                starts_at: start,
                ends_at: start + chrono::Duration::minutes(45),
                track: "",
                capacity: None,
                join_url: None,
            },
            now,
        )
        .unwrap();
        plenary::db::sessions::add_person(
            c,
            id,
            plenary::domain::UserId::parse(&moderator).unwrap(),
            SessionRole::Speaker,
            1,
            now,
        )
        .unwrap();
    })
    .await;

    // The demo organizer moves the opening by ten minutes: the clash is reported
    // without the other conference's title.
    let org = app.demo_browser(ORGANIZER).await;
    let opening = opening_id(&app).await;
    let edit = format!("/organize/c/ip-ai-2020/sessions/{opening}/edit");
    let (_, form) = get(&org, &app, &edit).await;
    let p = Page::parse(&form);
    let fields = [
        ("csrf", p.csrf()),
        ("title", "Opening by the Director General".to_string()),
        ("kind", "opening".into()),
        ("summary", "Opening words.".into()),
        ("day", "2020-07-07".into()),
        ("start", "13:10".into()),
        ("end", "13:40".into()),
        ("track", "Main hall".into()),
        ("capacity", "".into()),
        ("join_url", "".into()),
        ("version", p.input("version")),
    ];
    let r = org.post(app.url(&edit)).form(&fields).send().await.unwrap();
    let body = r.text().await.unwrap();
    assert!(
        plenary::domain::l10n::strip_isolation(&body)
            .contains("has another commitment at that time"),
        "{body}"
    );
    assert!(!body.contains("Secret merger talks"));

    // Inviting that person to a parallel session of this conference names nothing
    // from elsewhere either: the invitation is simply sent.
    let r = submit_with(
        &org,
        &app.base,
        &format!("/organize/c/ip-ai-2020/sessions/{opening}/people"),
        &format!("/organize/c/ip-ai-2020/sessions/{opening}/people"),
        &[("email", MODERATOR), ("role", "speaker")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, page) = get(&org, &app, &location(&r)).await;
    assert!(!page.contains("Secret merger talks"));
    assert!(page.contains(&format!("Invitation sent to {MODERATOR}.")));
}
