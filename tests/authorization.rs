//! The authorization walk: every route of the route table × every kind of user,
//! asserting the expected answer — a login redirect for anonymous users on
//! protected routes, 403 where the role is missing, never 200 where forbidden and
//! never a 500. New routes are covered as soon as they are in the table.

mod common;

use common::{TestApp, location, new_client};
use diesel::prelude::*;
use plenary::db::schema::{session_people, sessions, users};
use plenary::web::guard::Need;
use plenary::web::routes::TABLE;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Anonymous,
    Attendee,
    Speaker,
    Moderator,
    OtherOrganizer,
    Organizer,
    Admin,
}

const EVERYONE: [Who; 7] = [
    Who::Anonymous,
    Who::Attendee,
    Who::Speaker,
    Who::Moderator,
    Who::OtherOrganizer,
    Who::Organizer,
    Who::Admin,
];

fn email(who: Who) -> Option<&'static str> {
    match who {
        Who::Anonymous => None,
        Who::Attendee => Some("attendee@demo.plenary.test"),
        Who::Speaker => Some("speaker@demo.plenary.test"),
        Who::Moderator => Some("moderator@demo.plenary.test"),
        Who::OtherOrganizer => Some("other.organizer@example.org"),
        Who::Organizer => Some("organizer@demo.plenary.test"),
        Who::Admin => Some("admin@demo.plenary.test"),
    }
}

/// Whether `who` may use a route needing `need` (for the session both the demo
/// moderator and the demo speaker belong to).
fn allowed(need: Need, who: Who) -> bool {
    match need {
        Need::Public => true,
        Need::SignedIn => who != Who::Anonymous,
        Need::Admin => who == Who::Admin,
        Need::AnyOrganizer => matches!(who, Who::Admin | Who::Organizer | Who::OtherOrganizer),
        Need::Organizer => matches!(who, Who::Admin | Who::Organizer),
        Need::SessionModerator => matches!(who, Who::Admin | Who::Organizer | Who::Moderator),
        Need::SessionPerson => matches!(
            who,
            Who::Admin | Who::Organizer | Who::Moderator | Who::Speaker
        ),
        // Platform callbacks: nobody without the meeting's token.
        Need::PlatformToken => false,
    }
}

/// The session that the demo moderator moderates and the demo speaker speaks in.
async fn shared_session(app: &TestApp) -> String {
    app.with_db(|c| {
        let of = |c: &mut plenary::db::DbConn, email: &str, role: &str| -> Vec<String> {
            session_people::table
                .inner_join(users::table)
                .filter(users::email.eq(email))
                .filter(session_people::role.eq(role))
                .select(session_people::session_id)
                .load(c)
                .unwrap()
        };
        let moderated = of(c, "moderator@demo.plenary.test", "moderator");
        let spoken = of(c, "speaker@demo.plenary.test", "speaker");
        let id = moderated
            .into_iter()
            .find(|s| spoken.contains(s))
            .expect("a session with both");
        let _: String = sessions::table
            .find(&id)
            .select(sessions::id)
            .first(c)
            .unwrap();
        id
    })
    .await
}

async fn browser_for(app: &TestApp, who: Who) -> reqwest::Client {
    let client = new_client();
    if let Some(email) = email(who) {
        let password = if who == Who::OtherOrganizer {
            "other organizer pw"
        } else {
            "plenary-demo"
        };
        let r = common::login_with(&client, &app.base, email, password).await;
        assert_eq!(r.status().as_u16(), 303, "login as {who:?}");
    } else {
        client.get(app.url("/login")).send().await.unwrap(); // a cookie with a CSRF token
    }
    client
}

fn fill(path: &str, session: &str) -> String {
    path.replace("{slug}", "ip-ai-2020")
        .replace("{id}", session)
        .replace("{token}", "not-a-real-token")
        .replace("{file}", "style.css")
}

#[tokio::test]
async fn every_route_answers_every_kind_of_user_as_the_table_says() {
    let app = TestApp::spawn_demo(10).await;
    app.other_conference_with_organizer(
        "other-conf",
        "other.organizer@example.org",
        "other organizer pw",
    )
    .await;
    let session = shared_session(&app).await;
    let mut checked = 0;
    for who in EVERYONE {
        let client = browser_for(&app, who).await;
        let page = client
            .get(app.url("/password/reset"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let csrf = common::csrf_in(&page);
        for (methods, path, need) in TABLE {
            // Signing out or deleting the account would end this user's walk.
            if matches!(
                *path,
                "/logout" | "/account/delete" | "/account/sign-out-everywhere"
            ) && methods.contains(&"post")
            {
                continue;
            }
            let url = app.url(&fill(path, &session));
            for method in *methods {
                let r = match *method {
                    "get" => client.get(&url).send().await.unwrap(),
                    "post" => client
                        .post(&url)
                        .form(&[("csrf", csrf.as_str())])
                        .send()
                        .await
                        .unwrap(),
                    other => panic!("method {other} not walked"),
                };
                let status = r.status().as_u16();
                let to = location(&r);
                let what = format!("{who:?} {method} {path} -> {status} {to}");
                assert_ne!(status, 500, "{what}");
                if allowed(*need, who) {
                    assert_ne!(status, 403, "{what}");
                    assert!(!to.starts_with("/login"), "{what}");
                } else if *need == Need::PlatformToken {
                    assert_eq!(status, 403, "{what}");
                } else if who == Who::Anonymous {
                    assert_eq!(status, 303, "{what}");
                    assert!(to.starts_with("/login?next="), "{what}");
                } else {
                    assert!(status == 403 || status == 404, "{what}");
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 7 * 25, "walked {checked} requests");
}

#[tokio::test]
async fn the_route_table_has_no_duplicate_paths() {
    let mut paths: Vec<&str> = TABLE.iter().map(|(_, p, _)| *p).collect();
    let n = paths.len();
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), n);
}
