//! Announcements written in several languages (issue 15, point 6), through HTTP, the
//! real worker and the SMTP sink (SQLite, or PostgreSQL when
//! `PLENARY_TEST_DATABASE_URL` is set): each registrant gets the version in the
//! language they chose, else the conference's default language's; the preview and
//! the progress page show the versions and how many people get each; a missing or
//! half-written version is a field error that keeps every value typed.

mod common;

use common::{TestApp, location};
use diesel::prelude::*;
use plenary::db::schema::{conferences, outbox, registrations, users};
use plenary::domain::l10n::strip_isolation;

const SLUG: &str = "ip-ai-2020";
const ORGANIZER: &str = "organizer@demo.plenary.test";
const NEW: &str = "/organize/c/ip-ai-2020/announcements/new";
const SEND: &str = "/organize/c/ip-ai-2020/announcements/send";

const EN: (&str, &str) = (
    "Room change",
    "The closing session moves to **the main hall**.",
);
const FR: (&str, &str) = (
    "Changement de salle",
    "La séance de clôture aura lieu dans **la salle principale**.",
);
const AR: (&str, &str) = (
    "تغيير القاعة",
    "تُعقد الجلسة الختامية في **القاعة الرئيسية**.",
);

/// Three confirmed registrants with an account, who now read French, Arabic and
/// Russian; everyone else confirmed reads English.
async fn readers(app: &TestApp) -> [String; 3] {
    app.with_db(|c| {
        let cid: String = conferences::table
            .filter(conferences::slug.eq(SLUG))
            .select(conferences::id)
            .first(c)
            .unwrap();
        let people: Vec<(String, String)> = registrations::table
            .inner_join(users::table)
            .filter(registrations::conference_id.eq(cid))
            .filter(registrations::status.eq("confirmed"))
            .order(users::id)
            .select((users::id, users::email))
            .load(c)
            .unwrap();
        assert!(people.len() >= 4, "enough confirmed registrants");
        for (i, (id, _)) in people.iter().enumerate() {
            let lang = ["fr", "ar", "ru"].get(i).copied().unwrap_or("en");
            diesel::update(users::table.find(id))
                .set(users::language.eq(lang))
                .execute(c)
                .unwrap();
        }
        [
            people[0].1.clone(),
            people[1].1.clone(),
            people[2].1.clone(),
        ]
    })
    .await
}

fn fields(action: &str) -> Vec<(&str, &str)> {
    vec![
        ("audience", "confirmed"),
        ("subject", EN.0),
        ("body", EN.1),
        ("subject_fr", FR.0),
        ("body_fr", FR.1),
        ("subject_ar", AR.0),
        ("body_ar", AR.1),
        ("action", action),
    ]
}

#[tokio::test]
async fn each_registrant_gets_their_language_or_the_conference_default() {
    let app = TestApp::spawn_demo_signed_in(12, ORGANIZER).await;
    let [french, arabic, russian] = readers(&app).await;

    // The preview shows each version in its own language and direction, and how
    // many recipients get it.
    let r = app.submit(NEW, NEW, &fields("")).await;
    assert_eq!(r.status().as_u16(), 200);
    let page = common::html::Page::parse(&r.text().await.unwrap());
    assert_eq!(
        page.attrs(".version-preview .announcement-preview", "lang"),
        ["en", "ar", "fr"],
        "the default language first, then the UN order"
    );
    assert_eq!(page.attr(".announcement-preview[lang=ar]", "dir"), "rtl");
    assert!(
        page.text(".announcement-preview[lang=ar] h3")
            .contains(AR.0)
    );
    let reach = strip_isolation(&page.text("[data-version-reach=fr]"));
    assert!(reach.starts_with("1 recipient chose French"), "{reach}");
    assert_eq!(page.input("subject_ar"), AR.0, "carried to Send");

    // Sending: one outbox row per recipient, each recording its language.
    let r = app.submit(NEW, SEND, &fields("send")).await;
    assert_eq!(r.status().as_u16(), 303);
    let progress = location(&r);
    let rows: Vec<(String, Option<String>)> = app
        .with_db(|c| {
            outbox::table
                .filter(outbox::kind.eq("announcement"))
                .select((outbox::to_address, outbox::language))
                .load(c)
                .unwrap()
        })
        .await;
    let lang_of = |who: &str| {
        rows.iter()
            .find(|(to, _)| to == who)
            .and_then(|(_, l)| l.clone())
    };
    assert_eq!(lang_of(&french).as_deref(), Some("fr"));
    assert_eq!(lang_of(&arabic).as_deref(), Some("ar"));
    assert_eq!(
        lang_of(&russian).as_deref(),
        Some("en"),
        "no Russian version"
    );

    // The progress page: the three versions, the default's subject, and how many
    // messages went out in each language.
    let (status, page) = app.get_page(&progress).await;
    assert_eq!(status, 200);
    assert!(page.text("h1").contains(EN.0));
    let langs = page.attrs("table.announcement-languages tbody tr", "data-lang");
    assert_eq!(langs, ["en", "ar", "fr"]);
    let counts = page.texts_in("table.announcement-languages tbody tr", "td.num");
    let english = rows.len() - 2;
    assert_eq!(
        counts,
        [
            vec![english.to_string()],
            vec!["1".to_string()],
            vec!["1".to_string()]
        ]
    );
    // The list of announcements shows the default language's subject.
    let (_, list) = app.get_html("/organize/c/ip-ai-2020/announcements").await;
    assert!(list.contains(EN.0));

    app.drain().await;
    let fr = &app.mails_to(&french)[0];
    assert_eq!(fr.header("Content-Language"), Some("fr"));
    assert!(fr.subject.ends_with(FR.0), "{}", fr.subject);
    assert!(fr.text.contains("La séance de clôture"), "{}", fr.text);
    assert!(!fr.text.starts_with("Dear"), "the frame is French too");
    assert!(fr.html.contains("lang=\"fr\""));

    let ar = &app.mails_to(&arabic)[0];
    assert_eq!(ar.header("Content-Language"), Some("ar"));
    assert!(ar.subject.ends_with(AR.0), "{}", ar.subject);
    assert!(ar.html.contains("dir=\"rtl\""));
    assert!(ar.html.contains("القاعة الرئيسية"));

    let ru = &app.mails_to(&russian)[0];
    assert_eq!(ru.header("Content-Language"), Some("en"));
    assert!(ru.subject.ends_with(EN.0), "{}", ru.subject);
    assert!(ru.text.contains("The closing session moves"));
}

#[tokio::test]
async fn a_missing_default_subject_or_half_a_version_is_a_field_error_keeping_the_values() {
    let app = TestApp::spawn_demo_signed_in(3, ORGANIZER).await;
    let (status, form) = app.get_page(NEW).await;
    assert_eq!(status, 200);
    // Every language has its block; Arabic is typed right to left.
    assert_eq!(form.attr("textarea#body_ar", "dir"), "rtl");
    assert_eq!(form.attr("textarea#body_ar", "lang"), "ar");
    assert_eq!(form.attr("input#subject_zh", "lang"), "zh");
    assert_eq!(form.count("details.language-version"), 5);
    assert_eq!(form.count("details.language-version[open]"), 0);

    let r = app
        .submit(
            NEW,
            NEW,
            &[
                ("audience", "confirmed"),
                ("subject", ""),
                ("body", EN.1),
                ("subject_fr", FR.0),
                ("body_fr", ""),
                ("subject_ar", AR.0),
                ("body_ar", AR.1),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let html = r.text().await.unwrap();
    let page = common::html::Page::parse(&html);
    let text = strip_isolation(&html);
    assert!(text.contains("There is a problem"));
    assert!(strip_isolation(&page.text("#subject-error")).ends_with("Enter a subject"));
    assert!(
        text.contains("Enter the message in French, or empty this version"),
        "half a version is refused"
    );
    assert_eq!(page.attr("#body_fr", "aria-invalid"), "true");
    assert!(
        page.select("#subject_ar-error").is_empty(),
        "Arabic is complete"
    );
    // Every value typed is kept, and the versions with text are open.
    assert_eq!(page.input("subject_fr"), FR.0);
    assert_eq!(page.input("subject_ar"), AR.0);
    assert_eq!(page.text("textarea#body_ar"), AR.1);
    assert_eq!(page.text("textarea#body"), EN.1);
    assert_eq!(
        page.attrs("details.language-version[open]", "data-lang"),
        ["ar", "fr"]
    );
    let rows: i64 = app
        .with_db(|c| {
            outbox::table
                .select(diesel::dsl::count_star())
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(rows, 0);
}

#[tokio::test]
async fn a_french_conference_requires_french_and_sends_it_to_readers_without_a_version() {
    let app = TestApp::spawn_demo_signed_in(6, ORGANIZER).await;
    let [_, _, russian] = readers(&app).await;
    app.with_db(|c| {
        diesel::update(conferences::table.filter(conferences::slug.eq(SLUG)))
            .set(conferences::default_language.eq("fr"))
            .execute(c)
            .unwrap();
    })
    .await;
    let (_, form) = app.get_page(NEW).await;
    assert_eq!(
        form.attr("textarea#body", "lang"),
        "fr",
        "French is required"
    );
    assert!(form.select("#subject_fr").is_empty());
    assert_eq!(form.attr("textarea#body_en", "lang"), "en");

    let r = app
        .submit(
            NEW,
            SEND,
            &[
                ("audience", "confirmed"),
                ("subject", FR.0),
                ("body", FR.1),
                ("subject_en", EN.0),
                ("body_en", EN.1),
                ("action", "send"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain().await;
    let ru = &app.mails_to(&russian)[0];
    assert_eq!(ru.header("Content-Language"), Some("fr"));
    assert!(ru.subject.ends_with(FR.0), "{}", ru.subject);
}
