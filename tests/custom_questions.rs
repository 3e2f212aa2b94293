//! Custom registration questions (issue 18, point 2) through HTTP with the real
//! server: the organizer's pages (create with field errors, edit choices, delete
//! refused once answered, delete after confirmation), the sign-up form (a required
//! question left out is a field error with the values kept; questions of another
//! category are not required), answers in the registration's page, the CSV file
//! and the table's filter, My conference, and the moderators' roster (only the
//! answers marked visible to them).

mod common;

use common::{Page, TestApp, location, opening_id, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{
    categories, question_choices, questions, registration_answers, registrations, users,
};
use plenary::domain::l10n::strip_isolation;

const SLUG: &str = "ip-ai-2020";
const ORGANIZER: &str = "organizer@demo.plenary.test";
const PASSWORD: &str = "a sturdy passphrase";

async fn question_id(app: &TestApp, label: &'static str) -> Option<String> {
    app.with_db(move |c| {
        questions::table
            .filter(questions::label.eq(label))
            .select(questions::id)
            .first::<String>(c)
            .optional()
            .unwrap()
    })
    .await
}

async fn choice_id(app: &TestApp, question: &str, label: &'static str) -> String {
    let question = question.to_string();
    app.with_db(move |c| {
        question_choices::table
            .filter(question_choices::question_id.eq(question))
            .filter(question_choices::label.eq(label))
            .select(question_choices::id)
            .first::<String>(c)
            .unwrap()
    })
    .await
}

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

async fn registration_of(app: &TestApp, email: &'static str) -> String {
    app.with_db(move |c| {
        registrations::table
            .inner_join(users::table)
            .filter(users::email.eq(email))
            .select(registrations::id)
            .first::<String>(c)
            .unwrap()
    })
    .await
}

async fn text(client: &reqwest::Client, app: &TestApp, path: &str) -> String {
    let r = client.get(app.url(path)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200, "GET {path}");
    strip_isolation(&r.text().await.unwrap())
}

async fn create_question(
    app: &TestApp,
    organizer: &reqwest::Client,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let page = format!("/organize/c/{SLUG}/questions/new");
    let action = format!("/organize/c/{SLUG}/questions");
    submit_with(organizer, &app.base, &page, &action, fields).await
}

#[tokio::test]
async fn questions_are_asked_at_sign_up_and_answers_reach_the_detail_the_csv_and_the_filter() {
    let app = TestApp::spawn_demo(10).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let list = text(&organizer, &app, &format!("/organize/c/{SLUG}/questions")).await;
    assert!(
        list.contains("Interpretation language"),
        "the demo's questions"
    );

    // Field errors, with what was typed kept.
    let r = create_question(
        &app,
        &organizer,
        &[
            ("kind", "single_choice"),
            ("label", ""),
            ("help", "kept help"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    let page = strip_isolation(&r.text().await.unwrap());
    assert!(page.contains("Enter the question."), "{page}");
    assert!(page.contains("Enter at least one choice."));
    assert!(page.contains("kept help"));

    let r = create_question(
        &app,
        &organizer,
        &[
            ("kind", "single_choice"),
            ("label", "Dietary requirement"),
            ("new_choices", "None\nVegetarian\nHalal"),
            ("required", "yes"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), format!("/organize/c/{SLUG}/questions"));
    let press = category_id(&app, "Press").await;
    let r = create_question(
        &app,
        &organizer,
        &[
            ("kind", "short_text"),
            ("label", "Press card number"),
            ("required", "yes"),
            ("category", &press),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let diet = question_id(&app, "Dietary requirement").await.unwrap();
    let vegetarian = choice_id(&app, &diet, "Vegetarian").await;
    let halal = choice_id(&app, &diet, "Halal").await;
    let captions = question_id(&app, "I need captions").await.unwrap();
    let card = question_id(&app, "Press card number").await.unwrap();

    // A required question left out: a field error, the values kept; the press-only
    // question is not required of the general public.
    let public = category_id(&app, "General public").await;
    let browser = app.new_browser();
    let form = format!("/c/{SLUG}/register");
    let (diet_field, captions_field) = (format!("q_{diet}"), format!("q_{captions}"));
    let base = vec![
        ("name", "Zoë Questioned"),
        ("email", "zoe.questioned@example.org"),
        ("country", "FR"),
        ("organization", "Kept Organisation"),
        ("time_zone", "Europe/Paris"),
        ("password", PASSWORD),
        ("consent", "yes"),
        ("category", public.as_str()),
        (captions_field.as_str(), "yes"),
    ];
    let r = submit_with(&browser, &app.base, &form, &form, &base).await;
    assert_eq!(r.status().as_u16(), 200);
    let body = strip_isolation(&r.text().await.unwrap());
    let page = Page::parse(&body);
    assert!(body.contains("Choose an answer."), "{body}");
    assert_eq!(
        page.select(&format!("a[href=\"#q_{diet}\"]")).len(),
        1,
        "the summary links to the question"
    );
    assert_eq!(page.input("name"), "Zoë Questioned");
    assert_eq!(page.input("organization"), "Kept Organisation");
    assert_eq!(
        page.count(&format!("input[name=\"{captions_field}\"][checked]")),
        1,
        "the ticked box stays ticked"
    );
    assert!(
        !body.contains("Answer this question."),
        "press-only is not asked of the public"
    );
    assert!(
        body.contains(&format!("id=\"q_{card}\"")),
        "shown with its category noted"
    );
    assert!(body.contains("Asked only of: Press."));

    // With the answer: registered, and the answers are stored in the same step.
    let mut fields = base.clone();
    fields.push((diet_field.as_str(), vegetarian.as_str()));
    let r = submit_with(&browser, &app.base, &form, &form, &fields).await;
    assert_eq!(r.status().as_u16(), 303);
    let rid = registration_of(&app, "zoe.questioned@example.org").await;

    let detail = text(
        &organizer,
        &app,
        &format!("/organize/c/{SLUG}/registrations/{rid}"),
    )
    .await;
    assert!(detail.contains("Dietary requirement") && detail.contains("Vegetarian"));
    let csv = text(
        &organizer,
        &app,
        &format!("/organize/c/{SLUG}/registrations.csv"),
    )
    .await;
    let header = csv.lines().next().unwrap();
    assert!(header.contains("Dietary requirement"), "{header}");
    let line = csv
        .lines()
        .find(|l| l.contains("zoe.questioned@example.org"))
        .unwrap();
    assert!(
        line.contains("Vegetarian") && line.contains("yes"),
        "{line}"
    );

    let table = |choice: &str| format!("/organize/c/{SLUG}/registrations?q_{diet}={choice}");
    assert!(
        text(&organizer, &app, &table(&vegetarian))
            .await
            .contains("Zoë Questioned")
    );
    assert!(
        !text(&organizer, &app, &table(&halal))
            .await
            .contains("Zoë Questioned")
    );

    // Renaming one choice and archiving another keeps the answer given.
    let edit = format!("/organize/c/{SLUG}/questions/{diet}");
    let (veg_field, halal_archive) = (format!("choice_{vegetarian}"), format!("archive_{halal}"));
    let r = submit_with(
        &organizer,
        &app.base,
        &edit,
        &edit,
        &[
            ("label", "Dietary requirement"),
            ("required", "yes"),
            (veg_field.as_str(), "Vegetarian (lacto-ovo)"),
            (halal_archive.as_str(), "yes"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let detail = text(
        &organizer,
        &app,
        &format!("/organize/c/{SLUG}/registrations/{rid}"),
    )
    .await;
    assert!(detail.contains("Vegetarian") && !detail.contains("Vegetarian (lacto-ovo)"));
    assert!(
        text(&organizer, &app, &table(&vegetarian))
            .await
            .contains("Zoë Questioned")
    );
    let fresh = text(&app.new_browser(), &app, &form).await;
    assert!(fresh.contains("Vegetarian (lacto-ovo)") && !fresh.contains("Halal"));

    // Deleting an answered question is refused (archive instead); an unanswered one
    // is deleted after its confirmation page.
    let confirm = text(&organizer, &app, &format!("{edit}/delete")).await;
    assert!(confirm.contains("cannot be deleted"), "{confirm}");
    let delete = format!("{edit}/delete");
    let r = submit_with(&organizer, &app.base, &delete, &delete, &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(question_id(&app, "Dietary requirement").await.is_some());
    let delete = format!("/organize/c/{SLUG}/questions/{card}/delete");
    assert!(
        text(&organizer, &app, &delete)
            .await
            .contains("Yes, delete the question")
    );
    let r = submit_with(&organizer, &app.base, &delete, &delete, &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(question_id(&app, "Press card number").await.is_none());
}

#[tokio::test]
async fn a_registrant_changes_answers_on_my_conference_with_the_same_checks() {
    let app = TestApp::spawn_demo(5).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let r = create_question(
        &app,
        &organizer,
        &[
            ("kind", "date"),
            ("label", "Arrival date"),
            ("required", "yes"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let arrival = question_id(&app, "Arrival date").await.unwrap();

    let attendee = app.demo_browser("attendee@demo.plenary.test").await;
    let me = text(&attendee, &app, &format!("/c/{SLUG}/me")).await;
    assert!(me.contains("Change your answers"), "{me}");
    let form = format!("/c/{SLUG}/me/answers");
    let field = format!("q_{arrival}");
    let r = submit_with(
        &attendee,
        &app.base,
        &form,
        &form,
        &[(field.as_str(), "3 July")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    let body = strip_isolation(&r.text().await.unwrap());
    assert!(body.contains("Enter a real date"), "{body}");
    assert_eq!(
        Page::parse(&body).input(&field),
        "3 July",
        "the value is kept"
    );
    let r = submit_with(
        &attendee,
        &app.base,
        &form,
        &form,
        &[(field.as_str(), "2020-07-06")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let me = text(&attendee, &app, &format!("/c/{SLUG}/me")).await;
    assert!(
        me.contains("Arrival date") && me.contains("6 July 2020"),
        "{me}"
    );
}

#[tokio::test]
async fn moderators_see_only_the_answers_marked_visible_to_them() {
    let app = TestApp::spawn_demo(20).await;
    let session = opening_id(&app).await;
    let interpretation = question_id(&app, "Interpretation language").await.unwrap();
    let title = question_id(&app, "Title").await.unwrap();
    // Two distinctive answers for someone in the opening session's roster.
    let s = session.clone();
    app.with_db(move |c| {
        use plenary::db::schema::enrollments;
        let rid: String = enrollments::table
            .filter(enrollments::session_id.eq(s))
            .filter(enrollments::status.eq("enrolled"))
            .select(enrollments::registration_id)
            .first(c)
            .unwrap();
        diesel::delete(
            registration_answers::table.filter(registration_answers::registration_id.eq(&rid)),
        )
        .execute(c)
        .unwrap();
        for (q, v) in [
            (&interpretation, "Visible-Answer-XYZ"),
            (&title, "Hidden-Answer-XYZ"),
        ] {
            diesel::insert_into(registration_answers::table)
                .values((
                    registration_answers::id.eq(uuid::Uuid::now_v7().to_string()),
                    registration_answers::registration_id.eq(&rid),
                    registration_answers::question_id.eq(q),
                    registration_answers::value.eq(v),
                    registration_answers::position.eq(0),
                    registration_answers::created_at.eq(chrono::Utc::now().naive_utc()),
                ))
                .execute(c)
                .unwrap();
        }
    })
    .await;
    let moderator = app.demo_browser("moderator@demo.plenary.test").await;
    let roster = text(
        &moderator,
        &app,
        &format!("/moderate/c/{SLUG}/sessions/{session}/roster"),
    )
    .await;
    assert!(roster.contains("Visible-Answer-XYZ"), "{roster}");
    assert!(!roster.contains("Hidden-Answer-XYZ"));
    assert!(roster.contains("Interpretation language"));
}
