//! Participant categories through HTTP with the real server and SMTP sink: the
//! sign-up form's category, approval (awaiting → approved → confirmation mail;
//! declined → reconsidered; two organizers approving for the last seat), and
//! category deletion refused while registrations exist.

mod common;

use common::{TestApp, location, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{categories, conferences, registration_categories, registrations, users};

const SLUG: &str = "ip-ai-2020";
const PASSWORD: &str = "a sturdy passphrase";
const ORGANIZER: &str = "organizer@demo.plenary.test";

async fn category_id(app: &TestApp, name: &'static str) -> String {
    app.with_db(move |c| {
        categories::table
            .filter(categories::name.eq(name))
            .select(categories::id)
            .first::<String>(c)
            .unwrap()
    })
    .await
}

/// (registration id, status, approval) of `email`'s registration.
async fn standing(app: &TestApp, email: &'static str) -> (String, String, Option<String>) {
    app.with_db(move |c| {
        registrations::table
            .inner_join(users::table)
            .left_join(registration_categories::table)
            .filter(users::email.eq(email))
            .select((
                registrations::id,
                registrations::status,
                registration_categories::approval.nullable(),
            ))
            .first::<(String, String, Option<String>)>(c)
            .unwrap()
    })
    .await
}

/// Signs up in `category` with a fresh browser and confirms the email.
async fn sign_up_and_confirm(app: &TestApp, name: &str, email: &'static str, category: &str) {
    let browser = app.new_browser();
    let page = format!("/c/{SLUG}/register");
    let r = submit_with(
        &browser,
        &app.base,
        &page,
        &page,
        &[
            ("name", name),
            ("email", email),
            ("country", "FR"),
            ("time_zone", "Europe/Paris"),
            ("password", PASSWORD),
            ("consent", "yes"),
            ("category", category),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303, "sign-up of {email}");
    app.drain().await;
    let link = app.confirm_path(email);
    let r = app.confirm_with(&browser, &link, PASSWORD).await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain().await;
}

async fn decide(
    app: &TestApp,
    organizer: &reqwest::Client,
    rids: &[&str],
    decision: &str,
    message: &str,
) -> reqwest::Response {
    let page = format!("/organize/c/{SLUG}/approvals");
    let mut fields = vec![("decision", decision), ("message", message)];
    fields.extend(rids.iter().map(|r| ("rid", *r)));
    submit_with(organizer, &app.base, &page, &page, &fields).await
}

#[tokio::test]
async fn sign_up_in_an_approval_category_awaits_approval_then_gets_the_confirmation_mail() {
    let app = TestApp::spawn_demo(10).await;
    let observer = category_id(&app, "Observer").await;
    let (_, form) = app.get_html(&format!("/c/{SLUG}/register")).await;
    assert!(form.contains("Observer") && form.contains("General public"));
    assert!(
        !form.contains("Secretariat"),
        "invitation-only is never offered"
    );

    let email = "amelie.observer@example.org";
    sign_up_and_confirm(&app, "Amélie Observer", email, &observer).await;
    let (rid, status, approval) = standing(&app, email).await;
    assert_eq!(
        (status.as_str(), approval.as_deref()),
        ("cancelled", Some("awaiting"))
    );
    let mails = app.mails_to(email);
    assert!(
        mails.iter().any(|m| m
            .subject
            .starts_with("Registration received, awaiting approval")),
        "{:?}",
        mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    assert!(
        !mails
            .iter()
            .any(|m| m.subject.starts_with("You are registered"))
    );

    let organizer = app.demo_browser(ORGANIZER).await;
    let queue = organizer
        .get(app.url(&format!("/organize/c/{SLUG}/approvals?category={observer}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(queue.contains("Amélie Observer"), "in the queue");
    let r = decide(
        &app,
        &organizer,
        &[&rid],
        "approve",
        "Welcome to the meeting.",
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), format!("/organize/c/{SLUG}/approvals"));
    app.drain().await;
    let (_, status, approval) = standing(&app, email).await;
    assert_eq!(
        (status.as_str(), approval.as_deref()),
        ("confirmed", Some("approved"))
    );
    let mails = app.mails_to(email);
    let approved = mails
        .iter()
        .find(|m| m.subject.starts_with("Your registration is approved"))
        .expect("the decision mail");
    assert!(approved.text.contains("Welcome to the meeting."));
    assert!(
        mails
            .iter()
            .any(|m| m.subject.starts_with("You are registered"))
    );
}

#[tokio::test]
async fn a_declined_registration_can_be_reconsidered() {
    let app = TestApp::spawn_demo(10).await;
    let press = category_id(&app, "Press").await;
    let email = "reporter@example.org";
    sign_up_and_confirm(&app, "Rita Reporter", email, &press).await;
    let (rid, _, _) = standing(&app, email).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    decide(
        &app,
        &organizer,
        &[&rid],
        "decline",
        "Accreditation is closed.",
    )
    .await;
    app.drain().await;
    let (_, status, approval) = standing(&app, email).await;
    assert_eq!(
        (status.as_str(), approval.as_deref()),
        ("cancelled", Some("declined"))
    );
    let declined = app
        .mails_to(email)
        .into_iter()
        .find(|m| m.subject.starts_with("Your registration was not approved"))
        .expect("the decline mail");
    assert!(declined.text.contains("Accreditation is closed."));
    // Declining twice changes nothing; approving later confirms.
    decide(&app, &organizer, &[&rid], "approve", "").await;
    app.drain().await;
    let (_, status, approval) = standing(&app, email).await;
    assert_eq!(
        (status.as_str(), approval.as_deref()),
        ("confirmed", Some("approved"))
    );
    let audit: i64 = app
        .with_db(|c| {
            plenary::db::schema::audit_log::table
                .filter(plenary::db::schema::audit_log::action.like("registration.%"))
                .filter(
                    plenary::db::schema::audit_log::action
                        .eq_any(["registration.approve", "registration.decline"]),
                )
                .count()
                .get_result(c)
                .unwrap()
        })
        .await;
    assert_eq!(audit, 2, "each decision is in the audit log");
}

#[tokio::test]
async fn two_organizers_approving_for_the_last_seat_give_one_seat() {
    let app = TestApp::spawn_demo(10).await;
    let delegate = category_id(&app, "Member State delegate").await;
    sign_up_and_confirm(&app, "Ana First", "ana@example.org", &delegate).await;
    sign_up_and_confirm(&app, "Bo Second", "bo@example.org", &delegate).await;
    let (a, _, _) = standing(&app, "ana@example.org").await;
    let (b, _, _) = standing(&app, "bo@example.org").await;
    // One seat left.
    app.with_db(|c| {
        let taken: i64 = registrations::table
            .filter(registrations::status.eq_any(["pending", "confirmed"]))
            .count()
            .get_result(c)
            .unwrap();
        diesel::update(conferences::table.filter(conferences::slug.eq(SLUG)))
            .set(conferences::capacity.eq(Some(i32::try_from(taken).unwrap() + 1)))
            .execute(c)
            .unwrap();
    })
    .await;
    let one = app.demo_browser(ORGANIZER).await;
    let two = app.demo_browser("admin@demo.plenary.test").await;
    let (ra, rb) = ([a.as_str()], [b.as_str()]);
    let (r1, r2) = tokio::join!(
        decide(&app, &one, &ra, "approve", ""),
        decide(&app, &two, &rb, "approve", "")
    );
    assert_eq!((r1.status().as_u16(), r2.status().as_u16()), (303, 303));
    let (_, sa, _) = standing(&app, "ana@example.org").await;
    let (_, sb, _) = standing(&app, "bo@example.org").await;
    let mut got = [sa, sb];
    got.sort();
    assert_eq!(got, ["confirmed".to_string(), "waitlisted".to_string()]);
}

#[tokio::test]
async fn a_category_with_registrations_cannot_be_deleted_but_an_empty_one_can() {
    let app = TestApp::spawn_demo(10).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let observer = category_id(&app, "Observer").await;
    let list = format!("/organize/c/{SLUG}/categories");
    let r = submit_with(
        &organizer,
        &app.base,
        &list,
        &format!("{list}/{observer}/delete"),
        &[],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let page = organizer
        .get(app.url(&list))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("cannot be deleted"), "explained");
    assert!(page.contains("Observer"), "still there");

    // A bad form keeps the values and names each problem.
    let r = submit_with(
        &organizer,
        &app.base,
        &format!("{list}/new"),
        &list,
        &[("name", "Youth"), ("admission", ""), ("capacity", "-3")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("Choose how people get in") && page.contains("value=\"Youth\""));

    let r = submit_with(
        &organizer,
        &app.base,
        &format!("{list}/new"),
        &list,
        &[("name", "Youth"), ("admission", "open"), ("capacity", "20")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let youth = category_id(&app, "Youth").await;
    let r = submit_with(
        &organizer,
        &app.base,
        &list,
        &format!("{list}/{youth}/delete"),
        &[],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let left: i64 = app
        .with_db(|c| {
            categories::table
                .filter(categories::name.eq("Youth"))
                .count()
                .get_result(c)
                .unwrap()
        })
        .await;
    assert_eq!(left, 0);
}

#[tokio::test]
async fn an_invitation_only_category_is_refused_on_the_public_form() {
    let app = TestApp::spawn_demo(10).await;
    let secretariat = category_id(&app, "Secretariat").await;
    let page = format!("/c/{SLUG}/register");
    let r = app
        .submit(
            &page,
            &page,
            &[
                ("name", "Sam Sneaky"),
                ("email", "sneaky@example.org"),
                ("country", "FR"),
                ("time_zone", "Europe/Paris"),
                ("password", PASSWORD),
                ("consent", "yes"),
                ("category", &secretariat),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Choose how you are taking part")
    );
}
