//! Conference content in several languages (issue 15, points 7 and 8), through HTTP
//! on SQLite (or PostgreSQL when `PLENARY_TEST_DATABASE_URL` is set): an organizer
//! lists the content languages and enters translations; readers get their language
//! on the pages, in the exports and in mail, with the default language (marked with
//! its `lang`) where nothing is translated; the editor marks what is missing; the
//! agenda filters by interpretation language.

mod common;

use common::{Page, TestApp, location, new_client, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{
    conference_languages, conferences, enrollments, registrations, session_interpretation,
    session_texts, sessions, users,
};
use plenary::domain::l10n::strip_isolation;

const SLUG: &str = "ip-ai-2020";
const ORGANIZER: &str = "organizer@demo.plenary.test";
/// A demo session that the demo does not translate (a Room B workshop).
const WORKSHOP: &str = "Workshop: Navigating the Revised Issues Paper";
const FRENCH_TITLE: &str = "Atelier : comprendre le document de synthèse révisé";
const FRENCH_ABSTRACT: &str = "Une visite guidée du document révisé, question par question.";

async fn session_id(app: &TestApp, title: &'static str) -> String {
    app.with_db(move |c| {
        sessions::table
            .filter(sessions::title.eq(title))
            .select(sessions::id)
            .first::<String>(c)
            .expect("the demo session")
    })
    .await
}

/// A browser reading in `lang` (`?lang=` once, then remembered in its cookie).
async fn reader(app: &TestApp, lang: &str) -> reqwest::Client {
    let client = new_client();
    let r = client
        .get(app.url(&format!("/c/{SLUG}?lang={lang}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    client
}

async fn text(client: &reqwest::Client, app: &TestApp, path: &str) -> String {
    let r = client.get(app.url(path)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200, "{path}");
    r.text().await.unwrap()
}

/// The organizer translates the workshop into French: title, abstract, floor
/// English, interpretation into Arabic and French.
async fn translate_workshop(app: &TestApp, organizer: &reqwest::Client, id: &str) {
    let path = format!("/organize/c/{SLUG}/sessions/{id}/translations");
    let r = submit_with(
        organizer,
        &app.base,
        &path,
        &path,
        &[
            ("floor", "en"),
            ("interpretation_ar", "yes"),
            ("interpretation_fr", "yes"),
            ("title_fr", FRENCH_TITLE),
            ("abstract_fr", FRENCH_ABSTRACT),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303, "the translation is saved");
    assert_eq!(location(&r), path);
}

#[tokio::test]
async fn a_french_title_reaches_french_readers_on_pages_and_in_exports_and_others_get_the_default()
{
    let app = TestApp::spawn_demo(3).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let id = session_id(&app, WORKSHOP).await;
    translate_workshop(&app, &organizer, &id).await;

    // French reader: agenda, session page, the three exports.
    let fr = reader(&app, "fr").await;
    let agenda = Page::parse(&text(&fr, &app, &format!("/c/{SLUG}/agenda")).await);
    let item = format!("#s-{id} h3");
    assert_eq!(strip_isolation(&agenda.text(&item)), FRENCH_TITLE);
    assert_eq!(
        agenda.count(&format!("#s-{id} h3 [lang]")),
        0,
        "no fallback mark"
    );
    let languages = strip_isolation(&agenda.text(&format!("#s-{id} .session-languages")));
    assert!(languages.contains("English"), "{languages}");
    assert!(languages.contains("العربية") && languages.contains("Français"));
    let page = Page::parse(&text(&fr, &app, &format!("/c/{SLUG}/sessions/{id}")).await);
    assert_eq!(strip_isolation(&page.text("h1")), FRENCH_TITLE);
    assert!(page.text(".abstract").contains(FRENCH_ABSTRACT));
    // The demo conference's title is translated too.
    assert!(
        page.text(".breadcrumb")
            .contains("Dialogue sur la propriété intellectuelle")
    );

    let xml = text(&fr, &app, &format!("/c/{SLUG}/schedule.xml")).await;
    let title_at = xml
        .find(&format!("<title>{FRENCH_TITLE}</title>"))
        .expect("the French title");
    let event = &xml[title_at..];
    let event = &event[..event.find("</event>").unwrap()];
    assert!(event.contains("<language>fr</language>"), "{event}");
    assert!(
        xml.contains("<language>en</language>"),
        "untranslated sessions say en"
    );

    let json: serde_json::Value =
        serde_json::from_str(&text(&fr, &app, &format!("/c/{SLUG}/schedule.json")).await).unwrap();
    let events: Vec<&serde_json::Value> = json["schedule"]["conference"]["days"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["rooms"].as_object().unwrap().values())
        .flat_map(|r| r.as_array().unwrap())
        .collect();
    let ours = events
        .iter()
        .find(|e| e["guid"] == id.as_str())
        .expect("the workshop");
    assert_eq!(ours["title"], FRENCH_TITLE);
    assert_eq!(ours["language"], "fr");
    assert!(
        json["schedule"]["conference"]["title"]
            .as_str()
            .unwrap()
            .starts_with("Dialogue")
    );

    let ics = text(&fr, &app, &format!("/c/{SLUG}/sessions/{id}/event.ics")).await;
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded.contains(&format!(
            "SUMMARY;LANGUAGE=fr:{}",
            FRENCH_TITLE.replace(',', "\\,")
        )),
        "{unfolded}"
    );
    assert!(unfolded.contains("DESCRIPTION;LANGUAGE=fr:"));

    // English reader: the stored text.
    let en = reader(&app, "en").await;
    let page = Page::parse(&text(&en, &app, &format!("/c/{SLUG}/sessions/{id}")).await);
    assert_eq!(strip_isolation(&page.text("h1")), WORKSHOP);
    let ics = text(&en, &app, &format!("/c/{SLUG}/agenda.ics")).await;
    assert!(
        ics.replace("\r\n ", "")
            .contains(&format!("SUMMARY;LANGUAGE=en:{WORKSHOP}"))
    );

    // Russian reader: no Russian text for the workshop, so English marked lang="en";
    // the plenary (translated by the demo) is in Russian, unmarked.
    let ru = reader(&app, "ru").await;
    let page = Page::parse(&text(&ru, &app, &format!("/c/{SLUG}/sessions/{id}")).await);
    assert_eq!(page.attr("h1 span", "lang"), "en");
    assert_eq!(strip_isolation(&page.text("h1 span")), WORKSHOP);
    assert_eq!(page.attr(".abstract", "lang"), "en");
    let agenda = Page::parse(&text(&ru, &app, &format!("/c/{SLUG}/agenda")).await);
    let titles = agenda.select_text(".agenda h3");
    assert!(
        titles
            .iter()
            .any(|t| strip_isolation(t) == "Открытие сессии Генеральным директором"),
        "{titles:?}"
    );
    assert_eq!(agenda.attr(&format!("#s-{id} h3 span"), "lang"), "en");
    let ics = text(&ru, &app, &format!("/c/{SLUG}/sessions/{id}/event.ics")).await;
    assert!(
        ics.contains("SUMMARY;LANGUAGE=en:"),
        "the fallback's language"
    );
}

#[tokio::test]
async fn the_editors_mark_missing_translations_and_the_agenda_counts_them() {
    let app = TestApp::spawn_demo(3).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let id = session_id(&app, WORKSHOP).await;

    // Sessions without a French title, as the demo leaves them.
    let missing = app
        .with_db(|c| {
            let all: i64 = sessions::table.count().get_result(c).unwrap();
            let translated: i64 = session_texts::table
                .filter(session_texts::lang.eq("fr"))
                .filter(session_texts::title.ne(""))
                .count()
                .get_result(c)
                .unwrap();
            all - translated
        })
        .await;
    assert!(missing > 1);

    let editor = Page::parse(&text(&organizer, &app, &format!("/organize/c/{SLUG}/agenda")).await);
    let gaps = strip_isolation(&editor.text(".translation-gaps"));
    assert!(
        gaps.contains(&format!("{missing} sessions lack a title in French")),
        "{gaps}"
    );
    assert_eq!(editor.count(&format!("#s-{id} .badge.missing")), 1);

    // The session editor: six columns side by side, each field with its lang and dir,
    // the French title marked missing; once saved, the mark and one gap are gone.
    let path = format!("/organize/c/{SLUG}/sessions/{id}/translations");
    let page = Page::parse(&text(&organizer, &app, &path).await);
    assert_eq!(page.count(".translation-column"), 6);
    assert_eq!(page.attr("#title_ar", "dir"), "rtl");
    assert_eq!(page.attr("#title_ar", "lang"), "ar");
    assert_eq!(page.attr("#abstract_zh", "lang"), "zh");
    assert!(page.text("label[for=title_fr]").contains("Not translated"));
    translate_workshop(&app, &organizer, &id).await;
    let page = Page::parse(&text(&organizer, &app, &path).await);
    assert!(!page.text("label[for=title_fr]").contains("Not translated"));
    assert_eq!(page.input("title_fr"), FRENCH_TITLE);
    assert_eq!(page.attr("#floor option[selected]", "value"), "en");
    let editor = Page::parse(&text(&organizer, &app, &format!("/organize/c/{SLUG}/agenda")).await);
    assert!(
        strip_isolation(&editor.text(".translation-gaps"))
            .contains(&format!("{} sessions lack a title in French", missing - 1))
    );

    // The conference editor: the demo has no French privacy notice.
    let page = Page::parse(
        &text(
            &organizer,
            &app,
            &format!("/organize/c/{SLUG}/translations"),
        )
        .await,
    );
    assert!(
        page.text("label[for=privacy_notice_fr]")
            .contains("Not translated")
    );
    assert!(page.input("title_fr").starts_with("Dialogue"));
}

#[tokio::test]
async fn a_bad_floor_language_is_a_field_error_that_keeps_what_was_typed() {
    let app = TestApp::spawn_demo(3).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let id = session_id(&app, WORKSHOP).await;
    let path = format!("/organize/c/{SLUG}/sessions/{id}/translations");
    let r = submit_with(
        &organizer,
        &app.base,
        &path,
        &path,
        &[("floor", "xx"), ("title_fr", FRENCH_TITLE)],
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    let page = Page::parse(&r.text().await.unwrap());
    assert_eq!(page.count(".error-summary a[href='#floor']"), 1);
    assert_eq!(page.input("title_fr"), FRENCH_TITLE);
    let stored = app
        .with_db(|c| {
            session_texts::table
                .filter(session_texts::lang.eq("fr"))
                .filter(session_texts::title.eq(FRENCH_TITLE))
                .count()
                .get_result::<i64>(c)
                .unwrap()
        })
        .await;
    assert_eq!(stored, 0, "nothing saved");
}

/// The settings form's fields as shown (content boxes and default language left
/// for the caller).
fn settings_fields(page: &Page) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = Vec::new();
    for input in page.select("form[action$='/edit'] input") {
        let v = input.value();
        let (Some(name), kind) = (v.attr("name"), v.attr("type").unwrap_or("text")) else {
            continue;
        };
        if name == "csrf" || name.starts_with("content_") {
            continue;
        }
        if kind == "checkbox" && v.attr("checked").is_none() {
            continue;
        }
        fields.push((name.into(), v.attr("value").unwrap_or("").into()));
    }
    for name in ["description", "privacy_notice"] {
        fields.push((name.into(), page.text(&format!("textarea#{name}"))));
    }
    fields
}

#[tokio::test]
async fn changing_the_default_language_swaps_the_stored_texts_with_its_translations() {
    let app = TestApp::spawn_demo(3).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let edit = format!("/organize/c/{SLUG}/edit");
    let page = Page::parse(&text(&organizer, &app, &edit).await);
    let english_title = page.input("title");
    let mut fields = settings_fields(&page);
    fields.push(("default_language".into(), "fr".into()));
    fields.push(("content_en".into(), "yes".into()));
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let r = submit_with(&organizer, &app.base, &edit, &edit, &borrowed).await;
    assert_eq!(r.status().as_u16(), 303, "saved");
    let (stored, opening) = app
        .with_db(|c| {
            let t: String = conferences::table
                .filter(conferences::slug.eq(SLUG))
                .select(conferences::title)
                .first(c)
                .unwrap();
            let o: String = sessions::table
                .filter(sessions::kind.eq("opening"))
                .select(sessions::title)
                .first(c)
                .unwrap();
            (t, o)
        })
        .await;
    assert!(stored.starts_with("Dialogue"), "{stored}");
    assert_eq!(opening, "Ouverture par le Directeur général");
    // An English reader still reads English, now as a translation.
    let en = reader(&app, "en").await;
    let page = Page::parse(&text(&en, &app, &format!("/c/{SLUG}")).await);
    assert_eq!(strip_isolation(&page.text("h1")), english_title);
    let agenda = Page::parse(&text(&en, &app, &format!("/c/{SLUG}/agenda")).await);
    assert!(
        agenda
            .select_text(".agenda h3")
            .iter()
            .any(|t| strip_isolation(t) == "Opening by the Director General")
    );
}

#[tokio::test]
async fn the_settings_form_lists_the_content_languages_with_the_default_always_among_them() {
    let app = TestApp::spawn_demo(3).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let edit = format!("/organize/c/{SLUG}/edit");
    let page = Page::parse(&text(&organizer, &app, &edit).await);
    assert_eq!(
        page.count("#content-languages input[type=checkbox][checked]"),
        6
    );
    // Keep every field as shown; tick French and Spanish only.
    let mut fields = settings_fields(&page);
    fields.push(("default_language".into(), "en".into()));
    fields.push(("content_fr".into(), "yes".into()));
    fields.push(("content_es".into(), "yes".into()));
    let borrowed: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let r = submit_with(&organizer, &app.base, &edit, &edit, &borrowed).await;
    assert_eq!(r.status().as_u16(), 303, "saved");
    let mut langs = app
        .with_db(|c| {
            conference_languages::table
                .inner_join(conferences::table)
                .filter(conferences::slug.eq(SLUG))
                .select(conference_languages::lang)
                .load::<String>(c)
                .unwrap()
        })
        .await;
    langs.sort();
    assert_eq!(langs, vec!["en", "es", "fr"]);
    let page = Page::parse(&text(&organizer, &app, &edit).await);
    let ticked = page.attrs("#content-languages input[checked]", "name");
    assert_eq!(ticked, vec!["content_en", "content_fr", "content_es"]);
    let editor = Page::parse(
        &text(
            &organizer,
            &app,
            &format!("/organize/c/{SLUG}/translations"),
        )
        .await,
    );
    assert_eq!(editor.count(".translation-column"), 3);
}

#[tokio::test]
async fn the_agenda_filters_by_interpretation_language_and_caches_each_filter_apart() {
    let app = TestApp::spawn_demo(3).await;
    let with_arabic = app
        .with_db(|c| {
            session_interpretation::table
                .filter(session_interpretation::lang.eq("ar"))
                .count()
                .get_result::<i64>(c)
                .unwrap()
        })
        .await;
    let all = app
        .with_db(|c| sessions::table.count().get_result::<i64>(c).unwrap())
        .await;
    assert!(with_arabic > 0 && with_arabic < all);
    let anonymous = new_client();
    let count = |html: &str| Page::parse(html).count(".agenda .item") as i64;
    let filtered = text(
        &anonymous,
        &app,
        &format!("/c/{SLUG}/agenda?interpretation=ar"),
    )
    .await;
    assert_eq!(count(&filtered), with_arabic);
    let page = Page::parse(&filtered);
    assert_eq!(page.attr("#interpretation option[selected]", "value"), "ar");
    // Served again (from the cache), and the unfiltered page is not the filtered one.
    let again = text(
        &anonymous,
        &app,
        &format!("/c/{SLUG}/agenda?interpretation=ar"),
    )
    .await;
    assert_eq!(count(&again), with_arabic);
    let whole = text(&anonymous, &app, &format!("/c/{SLUG}/agenda")).await;
    assert_eq!(count(&whole), all);
    let unknown = text(
        &anonymous,
        &app,
        &format!("/c/{SLUG}/agenda?interpretation=xx"),
    )
    .await;
    assert_eq!(count(&unknown), all, "an unknown language filters nothing");
}

#[tokio::test]
async fn a_registrant_preferring_french_gets_the_cancellation_with_the_french_title() {
    let app = TestApp::spawn_demo(30).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let id = session_id(&app, WORKSHOP).await;
    translate_workshop(&app, &organizer, &id).await;
    // Someone who picked the workshop prefers French; someone else English.
    let sid = id.clone();
    let people = app
        .with_db(move |c| {
            let emails: Vec<String> = enrollments::table
                .inner_join(registrations::table.inner_join(users::table))
                .filter(enrollments::session_id.eq(&sid))
                .filter(registrations::status.ne("cancelled"))
                .select(users::email)
                .load(c)
                .unwrap();
            assert!(emails.len() >= 2, "the demo has people in the workshop");
            diesel::update(users::table.filter(users::email.eq(&emails[0])))
                .set(users::language.eq("fr"))
                .execute(c)
                .unwrap();
            diesel::update(users::table.filter(users::email.eq(&emails[1])))
                .set(users::language.eq("en"))
                .execute(c)
                .unwrap();
            emails
        })
        .await;
    let path = format!("/organize/c/{SLUG}/sessions/{id}/cancel");
    let r = submit_with(&organizer, &app.base, &path, &path, &[("cancel", "yes")]).await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain().await;
    let french = app.mails_to(&people[0]);
    let mail = french.last().expect("a mail to the French reader");
    assert!(
        strip_isolation(&mail.subject).contains(FRENCH_TITLE)
            || strip_isolation(&mail.text).contains(FRENCH_TITLE),
        "{} / {}",
        mail.subject,
        mail.text
    );
    let english = app.mails_to(&people[1]);
    let mail = english.last().expect("a mail to the English reader");
    assert!(
        strip_isolation(&mail.text).contains(WORKSHOP),
        "{}",
        mail.text
    );
    assert!(!mail.text.contains(FRENCH_TITLE));
}
