//! Personal invitations to register, through HTTP with the real server and SMTP
//! sink: a CSV import with errors saves nothing, the corrected one invites and
//! mails everyone (in their language); the personal link signs up locked to the
//! invited address, works once, and a revoked, expired or replaced link gets a
//! clear page; reminders go to the ticked invitees only; and the registrations
//! table says "Awaiting approval" / "Declined" for registrations held by approval.

mod common;

use common::{TestApp, location, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{
    categories, questions, registration_categories, registration_invitations as ri, registrations,
    users,
};
use plenary::domain::l10n::strip_isolation;

const SLUG: &str = "ip-ai-2020";
const ORGANIZER: &str = "organizer@demo.plenary.test";
const PASSWORD: &str = "a sturdy passphrase";
const HEADER: &str = "name,email,category,country,organisation,language\n";

fn base() -> String {
    format!("/organize/c/{SLUG}/invitations")
}

async fn invitation_count(app: &TestApp) -> i64 {
    app.with_db(|c| ri::table.count().get_result::<i64>(c).unwrap())
        .await
}

/// Imports `text` (pasted) as the organizer; the answer.
async fn import(app: &TestApp, organizer: &reqwest::Client, text: &str) -> reqwest::Response {
    let page = format!("{}/import", base());
    submit_with(organizer, &app.base, &page, &page, &[("text", text)]).await
}

/// The personal link's path in the latest invitation mail to `email`.
fn link_path(app: &TestApp, email: &str) -> String {
    let mails = app.mails_to(email);
    let link = mails
        .iter()
        .rev()
        .find_map(|m| m.link_containing("/invitation/"))
        .unwrap_or_else(|| panic!("an invitation mail to {email}"));
    link.strip_prefix(&app.base).unwrap().to_string()
}

async fn text_of(r: reqwest::Response) -> String {
    strip_isolation(&r.text().await.unwrap())
}

/// Signs up through the personal link with a fresh browser.
async fn sign_up_through(app: &TestApp, link: &str, email: &str) -> reqwest::Response {
    let browser = app.new_browser();
    submit_with(
        &browser,
        &app.base,
        link,
        link,
        &[
            ("name", "Invited Person"),
            ("email", email),
            ("country", "KE"),
            ("time_zone", "Africa/Nairobi"),
            ("password", PASSWORD),
            ("consent", "yes"),
        ],
    )
    .await
}

#[tokio::test]
async fn a_csv_with_errors_saves_nothing_then_the_corrected_list_invites_and_mails_everyone() {
    let app = TestApp::spawn_demo(5).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let (status, list) = app.get_html(&base()).await;
    assert_eq!(status, 303, "organizers only: {list}");
    let list = organizer
        .get(app.url(&base()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(list.contains("No one is invited yet"), "empty state");

    let bad = format!(
        "{HEADER}Amina Diallo,amina@example.org,Secretariat,SN,UNESCO,fr\n\
         Bad Email,not-an-email,Secretariat,FR,,\n\
         Nowhere Land,nowhere@example.org,Secretariat,XX,,\n\
         Amina Again,AMINA@example.org,Secretariat,SN,,\n\
         Wrong Category,wrong@example.org,Janitors,FR,,\n"
    );
    let r = import(&app, &organizer, &bad).await;
    assert_eq!(r.status().as_u16(), 200, "re-rendered with the problems");
    let page = text_of(r).await;
    for line in ["Line 3", "Line 4", "Line 5", "Line 6"] {
        assert!(page.contains(line), "{line} reported: {page}");
    }
    assert!(!page.contains("Line 2:"), "the good line has no problem");
    assert!(page.contains("appears more than once"));
    assert!(page.contains("Janitors"));
    assert!(page.contains("Nothing was saved"));
    assert!(page.contains("Amina Diallo"), "the pasted text is kept");
    assert_eq!(invitation_count(&app).await, 0, "nothing half-imported");

    // A file in Latin-1 and a header without columns are reported, not saved.
    let latin1 = [
        HEADER.as_bytes(),
        b"Jos\xe9 Ruiz,jose@example.org,Secretariat,ES,,es\n",
    ]
    .concat();
    let html = organizer
        .get(app.url(&format!("{}/import", base())))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let (content_type, body) = multipart(&common::csrf_in(&html), "list.csv", &latin1);
    let r = organizer
        .post(app.url(&format!("{}/import", base())))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let page = text_of(r).await;
    assert!(
        page.contains("Line 2") && page.contains("not UTF-8"),
        "{page}"
    );
    let page = text_of(import(&app, &organizer, "name,email\nA,a@example.org\n").await).await;
    assert!(page.contains("lacks these columns"), "{page}");
    app.drain().await;
    assert!(app.mails_to("amina@example.org").is_empty());
    assert_eq!(invitation_count(&app).await, 0);

    let good = format!(
        "{HEADER}Amina Diallo,amina@example.org,Secretariat,SN,UNESCO,fr\n\
         Boris Petrov,boris@example.org,secretariat,RU,,ru\n\
         Carla Gómez,carla@example.org,Secretariat,AR,Cancillería,\n"
    );
    let r = import(&app, &organizer, &good).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), base());
    assert_eq!(invitation_count(&app).await, 3);
    app.drain().await;
    let amina = app.mails_to("amina@example.org");
    assert_eq!(amina.len(), 1);
    assert!(
        amina[0].subject.starts_with("Invitation à vous inscrire"),
        "in the invitee's language: {}",
        amina[0].subject
    );
    assert_eq!(app.mails_to("boris@example.org").len(), 1);
    assert_eq!(app.mails_to("carla@example.org").len(), 1);
    let list = organizer
        .get(app.url(&base()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let list = strip_isolation(&list);
    assert!(list.contains("3 invited: 3 have not answered"), "{list}");
    assert!(list.contains("Carla Gómez"));
    // The same list again: every address is already invited, nothing is added.
    let page = text_of(import(&app, &organizer, &good).await).await;
    assert!(page.contains("is already invited"));
    assert_eq!(invitation_count(&app).await, 3);
}

/// A multipart body with the page's CSRF token and one file field.
fn multipart(csrf: &str, filename: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----plenary-invitations-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n\
         Content-Type: text/csv\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

#[tokio::test]
async fn the_personal_link_signs_up_locked_to_the_invited_address_and_works_once() {
    let app = TestApp::spawn_demo(5).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let secretariat: String = app
        .with_db(|c| {
            categories::table
                .filter(categories::name.eq("Secretariat"))
                .select(categories::id)
                .first(c)
                .unwrap()
        })
        .await;
    let page = format!("{}/new", base());
    // A field error keeps the values typed.
    let r = submit_with(
        &organizer,
        &app.base,
        &page,
        &page,
        &[
            ("name", "Wanjiru Kamau"),
            ("email", "wanjiru@example"),
            ("category", &secretariat),
            ("country", "KE"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("error-summary") && html.contains("value=\"Wanjiru Kamau\""));
    let r = submit_with(
        &organizer,
        &app.base,
        &page,
        &page,
        &[
            ("name", "Wanjiru Kamau"),
            ("email", "wanjiru@example.org"),
            ("category", &secretariat),
            ("country", "KE"),
            ("organization", "UNEP"),
            ("language", "en"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain().await;
    let link = link_path(&app, "wanjiru@example.org");

    let (status, form) = app.get_html(&link).await;
    assert_eq!(status, 200);
    assert!(
        form.contains("value=\"wanjiru@example.org\" readonly"),
        "{form}"
    );
    assert!(form.contains("value=\"Wanjiru Kamau\"") && form.contains("value=\"UNEP\""));
    assert!(strip_isolation(&form).contains("Secretariat"));

    // Another address is refused with a field error; nothing is registered.
    let r = sign_up_through(&app, &link, "someone.else@example.org").await;
    assert_eq!(r.status().as_u16(), 200);
    let page = text_of(r).await;
    assert!(
        page.contains("This invitation is for wanjiru@example.org"),
        "{page}"
    );
    let registered = |email: &'static str| {
        app.with_db(move |c| {
            registrations::table
                .inner_join(users::table)
                .left_join(registration_categories::table)
                .filter(users::email.eq(email))
                .select((
                    registrations::status,
                    registration_categories::category_id.nullable(),
                ))
                .first::<(String, Option<String>)>(c)
                .optional()
                .unwrap()
        })
    };
    assert_eq!(registered("someone.else@example.org").await, None);

    let r = sign_up_through(&app, &link, "wanjiru@example.org").await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), format!("/c/{SLUG}/register/sent"));
    let (status, category) = registered("wanjiru@example.org").await.expect("registered");
    assert_eq!(status, "pending", "confirms the email first");
    assert_eq!(category.as_deref(), Some(secretariat.as_str()));
    app.drain().await;
    let confirm = app.confirm_path("wanjiru@example.org");
    let browser = app.new_browser();
    app.confirm_with(&browser, &confirm, PASSWORD).await;
    assert_eq!(
        registered("wanjiru@example.org").await.unwrap().0,
        "confirmed"
    );

    // Used: a second visit, or a second sign-up, gets the clear page.
    let (status, page) = app.get_html(&link).await;
    assert_eq!(status, 410);
    assert!(strip_isolation(&page).contains("This invitation has already been used"));
    // A form kept open in another tab: posted after the link was used.
    let tab = app.new_browser();
    let r = submit_with(
        &tab,
        &app.base,
        &format!("/c/{SLUG}/register"),
        &link,
        &[("email", "wanjiru@example.org"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(r.status().as_u16(), 410);
    let list = organizer
        .get(app.url(&format!("{}?state=registered", base())))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(list.contains("Wanjiru Kamau") && list.contains("data-state=\"registered\""));

    // The open form never offers the invitation-only category.
    let (_, open) = app.get_html(&format!("/c/{SLUG}/register")).await;
    assert!(!open.contains(&secretariat));
}

#[tokio::test]
async fn revoked_expired_and_replaced_links_get_a_clear_page_and_reminders_go_to_the_ticked_only() {
    let app = TestApp::spawn_demo(5).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let list = format!(
        "{HEADER}Ana Uno,ana@example.org,Secretariat,ES,,es\n\
         Ben Dos,ben@example.org,Secretariat,GB,,\n\
         Chen San,chen@example.org,Secretariat,CN,,zh\n\
         Dora Quatre,dora@example.org,Secretariat,FR,,fr\n"
    );
    assert_eq!(import(&app, &organizer, &list).await.status().as_u16(), 303);
    app.drain().await;
    let id_of = |email: &'static str| {
        app.with_db(move |c| {
            ri::table
                .filter(ri::email.eq(email))
                .select(ri::id)
                .first::<String>(c)
                .unwrap()
        })
    };

    // Revoke Ana, after the confirmation page.
    let ana = id_of("ana@example.org").await;
    let confirm = format!("{}/{ana}/revoke", base());
    let page = organizer
        .get(app.url(&confirm))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(strip_isolation(&page).contains("Revoke this invitation?") && page.contains("Ana Uno"));
    let r = submit_with(&organizer, &app.base, &confirm, &confirm, &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    let (status, page) = app.get_html(&link_path(&app, "ana@example.org")).await;
    assert_eq!(status, 410);
    assert!(strip_isolation(&page).contains("This invitation was withdrawn"));

    // Ben's invitation expires.
    let ben = id_of("ben@example.org").await;
    let long_ago = chrono::NaiveDate::from_ymd_opt(2020, 1, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    let b = ben.clone();
    app.with_db(move |c| {
        diesel::update(ri::table.find(b))
            .set(ri::expires_at.eq(long_ago))
            .execute(c)
            .unwrap()
    })
    .await;
    let old_ben = link_path(&app, "ben@example.org");
    let (status, page) = app.get_html(&old_ben).await;
    assert_eq!(status, 410);
    assert!(strip_isolation(&page).contains("This invitation has expired"));
    let (status, page) = app
        .get_html(&format!("/c/{SLUG}/invitation/not-a-real-token"))
        .await;
    assert_eq!(status, 404);
    assert!(strip_isolation(&page).contains("This invitation link does not work"));

    // Remind Ben (expired) and Chen, not Dora; Ana (revoked) is skipped.
    let chen = id_of("chen@example.org").await;
    let before_chen = app.mails_to("chen@example.org").len();
    let r = submit_with(
        &organizer,
        &app.base,
        &base(),
        &format!("{}/remind", base()),
        &[("iid", &ben), ("iid", &chen), ("iid", &ana)],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain().await;
    assert_eq!(app.mails_to("ben@example.org").len(), 2);
    let chen_mails = app.mails_to("chen@example.org");
    assert_eq!(chen_mails.len(), before_chen + 1);
    assert!(
        chen_mails.last().unwrap().subject.starts_with("提醒"),
        "in Chinese: {}",
        chen_mails.last().unwrap().subject
    );
    assert_eq!(app.mails_to("dora@example.org").len(), 1, "not ticked");
    assert_eq!(app.mails_to("ana@example.org").len(), 1, "revoked");
    // The reminder renews Ben's link; the old one no longer works.
    let new_ben = link_path(&app, "ben@example.org");
    assert_ne!(new_ben, old_ben);
    assert_eq!(app.get_html(&old_ben).await.0, 404);
    assert_eq!(app.get_html(&new_ben).await.0, 200);

    let list = organizer
        .get(app.url(&base()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let list = strip_isolation(&list);
    assert!(
        list.contains("4 invited: 3 have not answered, 0 registered, 1 revoked, 0 expired"),
        "{list}"
    );
    let revoked = organizer
        .get(app.url(&format!("{}?state=revoked", base())))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(revoked.contains("Ana Uno") && !revoked.contains("Dora Quatre"));
}

#[tokio::test]
async fn the_registrations_table_says_awaiting_approval_and_declined_instead_of_cancelled() {
    let app = TestApp::spawn_demo(5).await;
    let observer: String = app
        .with_db(|c| {
            categories::table
                .filter(categories::name.eq("Observer"))
                .select(categories::id)
                .first(c)
                .unwrap()
        })
        .await;
    let email = "olga.observer@example.org";
    let browser = app.new_browser();
    let page = format!("/c/{SLUG}/register");
    let r = submit_with(
        &browser,
        &app.base,
        &page,
        &page,
        &[
            ("name", "Olga Observer"),
            ("email", email),
            ("country", "UA"),
            ("time_zone", "Europe/Kyiv"),
            ("password", PASSWORD),
            ("consent", "yes"),
            ("category", &observer),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain().await;
    let confirm = app.confirm_path(email);
    app.confirm_with(&browser, &confirm, PASSWORD).await;

    let organizer = app.demo_browser(ORGANIZER).await;
    let table = |q: &'static str| {
        let organizer = organizer.clone();
        let url = app.url(&format!("/organize/c/{SLUG}/registrations{q}"));
        async move {
            strip_isolation(
                &organizer
                    .get(url)
                    .send()
                    .await
                    .unwrap()
                    .text()
                    .await
                    .unwrap(),
            )
        }
    };
    let row_status = |html: &str| -> Option<String> {
        let at = html.find("Olga Observer")?;
        let rest = &html[at..];
        let start = rest.find("<span class=\"status")?;
        let label = &rest[start..];
        let open = label.find('>')? + 1;
        let close = label.find("</span>")?;
        Some(label[open..close].to_string())
    };
    let all = table("").await;
    assert_eq!(
        row_status(&all).as_deref(),
        Some("Awaiting approval"),
        "{all}"
    );
    assert!(table("?status=awaiting").await.contains("Olga Observer"));
    let overview = organizer
        .get(app.url(&format!("/organize/c/{SLUG}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        overview.contains("<strong>1</strong>Awaiting approval"),
        "the overview counts it: {overview}"
    );
    assert!(!table("?status=cancelled").await.contains("Olga Observer"));

    let rid: String = app
        .with_db(move |c| {
            registrations::table
                .inner_join(users::table)
                .filter(users::email.eq(email))
                .select(registrations::id)
                .first(c)
                .unwrap()
        })
        .await;
    let detail = table_detail(&app, &organizer, &rid).await;
    assert!(detail.contains("Awaiting approval"));
    let queue = format!("/organize/c/{SLUG}/approvals");
    let r = submit_with(
        &organizer,
        &app.base,
        &queue,
        &queue,
        &[("decision", "decline"), ("message", ""), ("rid", &rid)],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let all = table("").await;
    assert_eq!(row_status(&all).as_deref(), Some("Declined"));
    assert!(table("?status=declined").await.contains("Olga Observer"));
    assert!(!table("?status=awaiting").await.contains("Olga Observer"));
    let csv = table(".csv?status=declined").await;
    assert!(
        csv.contains("Olga Observer") && csv.contains("\"declined\""),
        "{csv}"
    );
}

async fn table_detail(app: &TestApp, organizer: &reqwest::Client, rid: &str) -> String {
    let url = app.url(&format!("/organize/c/{SLUG}/registrations/{rid}"));
    strip_isolation(
        &organizer
            .get(url)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    )
}

#[tokio::test]
async fn editing_the_profile_after_approval_sends_the_registration_back_when_the_category_says_so()
{
    let app = TestApp::spawn_demo(5).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let press: String = app
        .with_db(|c| {
            categories::table
                .filter(categories::name.eq("Press"))
                .select(categories::id)
                .first(c)
                .unwrap()
        })
        .await;
    // The organizer ticks the setting on the category's form.
    let form = format!("/organize/c/{SLUG}/categories/{press}");
    let r = submit_with(
        &organizer,
        &app.base,
        &form,
        &form,
        &[
            ("name", "Press"),
            ("description", "Accredited journalists."),
            ("admission", "approval"),
            ("listed", "yes"),
            ("reapprove_on_edit", "yes"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let page = organizer
        .get(app.url(&form))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("name=\"reapprove_on_edit\" type=\"checkbox\" value=\"yes\" checked"));

    let email = "pia.press@example.org";
    let browser = app.new_browser();
    let register = format!("/c/{SLUG}/register");
    submit_with(
        &browser,
        &app.base,
        &register,
        &register,
        &[
            ("name", "Pia Press"),
            ("email", email),
            ("country", "DK"),
            ("time_zone", "Europe/Copenhagen"),
            ("password", PASSWORD),
            ("consent", "yes"),
            ("category", &press),
        ],
    )
    .await;
    app.drain().await;
    let confirm = app.confirm_path(email);
    app.confirm_with(&browser, &confirm, PASSWORD).await;
    let standing = || {
        app.with_db(move |c| {
            registrations::table
                .inner_join(users::table)
                .inner_join(registration_categories::table)
                .filter(users::email.eq(email))
                .select((
                    registrations::id,
                    registrations::status,
                    registration_categories::approval,
                ))
                .first::<(String, String, Option<String>)>(c)
                .unwrap()
        })
    };
    let (rid, _, _) = standing().await;
    let queue = format!("/organize/c/{SLUG}/approvals");
    submit_with(
        &organizer,
        &app.base,
        &queue,
        &queue,
        &[("decision", "approve"), ("message", ""), ("rid", &rid)],
    )
    .await;
    let (_, status, approval) = standing().await;
    assert_eq!(
        (status.as_str(), approval.as_deref()),
        ("confirmed", Some("approved"))
    );

    // Changing only the time zone keeps the approval; changing the organisation does not.
    assert_eq!(profile(&app, &browser, "").await.status().as_u16(), 303);
    assert_eq!(standing().await.1, "confirmed");
    assert_eq!(
        profile(&app, &browser, "Politiken").await.status().as_u16(),
        303
    );
    let (_, status, approval) = standing().await;
    assert_eq!(
        (status.as_str(), approval.as_deref()),
        ("cancelled", Some("awaiting"))
    );
    let queue_page = organizer
        .get(app.url(&queue))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(queue_page.contains("Pia Press"), "back in the queue");

    // Approved again, the registrant saves unchanged answers (still approved), then
    // changes one (back in the queue, and told so).
    submit_with(
        &organizer,
        &app.base,
        &queue,
        &queue,
        &[("decision", "approve"), ("message", ""), ("rid", &rid)],
    )
    .await;
    assert_eq!(standing().await.1, "confirmed");
    let captions: String = app
        .with_db(|c| {
            questions::table
                .filter(questions::label.eq("I need captions"))
                .select(questions::id)
                .first(c)
                .unwrap()
        })
        .await;
    let answers = format!("/c/{SLUG}/me/answers");
    let field = format!("q_{captions}");
    let r = submit_with(&browser, &app.base, &answers, &answers, &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(standing().await.1, "confirmed", "nothing changed");
    let r = submit_with(
        &browser,
        &app.base,
        &answers,
        &answers,
        &[(field.as_str(), "yes")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, status, approval) = standing().await;
    assert_eq!(
        (status.as_str(), approval.as_deref()),
        ("cancelled", Some("awaiting"))
    );
    let me = browser
        .get(app.url(&format!("/c/{SLUG}/me")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        strip_isolation(&me).contains("again awaits the organizers"),
        "{me}"
    );
}

/// Saves the account's profile (only the organisation varies).
async fn profile(
    app: &TestApp,
    browser: &reqwest::Client,
    organization: &str,
) -> reqwest::Response {
    submit_with(
        browser,
        &app.base,
        "/account",
        "/account",
        &[
            ("name", "Pia Press"),
            ("country", "DK"),
            ("organization", organization),
            ("time_zone", "Europe/Berlin"),
            ("language", "en"),
        ],
    )
    .await
}

#[tokio::test]
async fn a_signed_in_invitee_registers_in_one_click_and_another_account_is_told_to_sign_out() {
    let app = TestApp::spawn_demo(5).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let admin = "admin@demo.plenary.test";
    let list = format!(
        "{HEADER}Site Admin,{admin},Secretariat,CH,,\n\
         Sam Speaker,speaker.invitee@example.org,Secretariat,GB,,\n"
    );
    assert_eq!(import(&app, &organizer, &list).await.status().as_u16(), 303);
    app.drain().await;
    let browser = app.demo_browser(admin).await;

    // Someone else's link: the page says whom it is for, and offers no form.
    let other = link_path(&app, "speaker.invitee@example.org");
    let page = browser
        .get(app.url(&other))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let page = strip_isolation(&page);
    assert!(page.contains("sent to speaker.invitee@example.org, but you are signed in"));
    assert!(!page.contains("name=\"consent\""));

    let own = link_path(&app, admin);
    let r = submit_with(
        &browser,
        &app.base,
        &own,
        &own,
        &[("country", "CH"), ("consent", "yes")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), format!("/c/{SLUG}/me"));
    let (status, category): (String, String) = app
        .with_db(move |c| {
            registrations::table
                .inner_join(users::table)
                .inner_join(registration_categories::table.inner_join(categories::table))
                .filter(users::email.eq(admin))
                .select((registrations::status, categories::name))
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(
        (status.as_str(), category.as_str()),
        ("confirmed", "Secretariat")
    );
    let used: Option<chrono::NaiveDateTime> = app
        .with_db(move |c| {
            ri::table
                .filter(ri::email.eq(admin))
                .select(ri::used_at)
                .first(c)
                .unwrap()
        })
        .await;
    assert!(used.is_some(), "the link is used");
}

#[tokio::test]
async fn the_invitation_link_asks_the_categorys_questions_and_keeps_values_on_an_error() {
    let app = TestApp::spawn_demo(5).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let secretariat: String = app
        .with_db(|c| {
            categories::table
                .filter(categories::name.eq("Secretariat"))
                .select(categories::id)
                .first(c)
                .unwrap()
        })
        .await;
    let new = format!("/organize/c/{SLUG}/questions/new");
    let create = format!("/organize/c/{SLUG}/questions");
    let r = submit_with(
        &organizer,
        &app.base,
        &new,
        &create,
        &[
            ("kind", "short_text"),
            ("label", "Staff number"),
            ("required", "yes"),
            ("category", &secretariat),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let staff: String = app
        .with_db(|c| {
            questions::table
                .filter(questions::label.eq("Staff number"))
                .select(questions::id)
                .first(c)
                .unwrap()
        })
        .await;
    let email = "staff.member@example.org";
    let list = format!("{HEADER}Staff Member,{email},Secretariat,CH,,\n");
    assert_eq!(import(&app, &organizer, &list).await.status().as_u16(), 303);
    app.drain().await;
    let link = link_path(&app, email);
    let field = format!("q_{staff}");
    let browser = app.new_browser();
    let page = browser
        .get(app.url(&link))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(&format!("name=\"{field}\"")), "{page}");

    // Left out: the field's error, with what was typed kept and nothing saved.
    let fields = [
        ("name", "Staff Member"),
        ("email", email),
        ("country", "CH"),
        ("organization", "Kept Secretariat"),
        ("time_zone", "Europe/Zurich"),
        ("password", PASSWORD),
        ("consent", "yes"),
    ];
    let r = submit_with(&browser, &app.base, &link, &link, &fields).await;
    assert_eq!(r.status().as_u16(), 200);
    let body = text_of(r).await;
    assert!(body.contains(&format!("href=\"#{field}\"")), "{body}");
    assert!(body.contains("Kept Secretariat"));
    let registered = || {
        app.with_db(move |c| {
            registrations::table
                .inner_join(users::table)
                .filter(users::email.eq(email))
                .count()
                .get_result::<i64>(c)
                .unwrap()
        })
    };
    assert_eq!(registered().await, 0);

    let mut answered = fields.to_vec();
    answered.push((field.as_str(), "S-4711"));
    let r = submit_with(&browser, &app.base, &link, &link, &answered).await;
    assert_eq!(r.status().as_u16(), 303, "{}", text_of(r).await);
    assert_eq!(registered().await, 1);
    let stored: Vec<String> = app
        .with_db(move |c| {
            plenary::db::schema::registration_answers::table
                .filter(plenary::db::schema::registration_answers::question_id.eq(staff))
                .select(plenary::db::schema::registration_answers::value)
                .load(c)
                .unwrap()
        })
        .await;
    assert_eq!(stored, vec!["S-4711".to_string()]);
}
