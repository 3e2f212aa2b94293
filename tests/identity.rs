//! A conference's face and its people's profiles through HTTP: picture uploads refused
//! for a wrong type, a too-big file or a colour without contrast; pictures served
//! immutable with an ETag and without metadata; consent hiding a person; the schedule
//! exports carrying profiles; the demo's credibility (nothing dated after its "now").

mod common;

use std::io::Cursor;

use common::{Page, TestApp, location};
use plenary::db;

const SLUG: &str = "ip-ai-2020";
const ORGANIZER: &str = "organizer@demo.plenary.test";
const SPEAKER: &str = "speaker@demo.plenary.test";

/// A multipart body with the page's CSRF token and one file field.
fn multipart(csrf: &str, filename: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----plenary-test-boundary-7d3f";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
             --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n\
             Content-Type: application/octet-stream\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Uploads `bytes` from `page`'s form to `action`; the answer.
async fn upload(
    app: &TestApp,
    client: &reqwest::Client,
    page: &str,
    action: &str,
    bytes: &[u8],
) -> reqwest::Response {
    let html = client
        .get(app.url(page))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    let (content_type, body) = multipart(&Page::parse(&html).csrf(), "picture.jpg", bytes);
    client
        .post(app.url(action))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .expect("POST")
}

/// A JPEG carrying an EXIF segment with a recognisable secret.
fn jpeg_with_exif() -> Vec<u8> {
    let mut jpeg = Vec::new();
    image::RgbImage::from_pixel(64, 48, image::Rgb([200, 40, 40]))
        .write_to(&mut Cursor::new(&mut jpeg), image::ImageFormat::Jpeg)
        .expect("jpeg");
    let payload = b"Exif\0\0MM\0*\0\0\0\x08GPS-SECRET-46.2044N-6.1432E";
    let len = u16::try_from(payload.len() + 2).expect("short");
    let mut out = jpeg[..2].to_vec(); // SOI
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn identity_page() -> String {
    format!("/organize/c/{SLUG}/identity")
}

#[tokio::test]
async fn uploads_are_refused_for_a_wrong_type_a_too_big_file_and_a_light_colour() {
    let app = TestApp::spawn_demo_signed_in(3, ORGANIZER).await;
    let page = identity_page();
    let action = format!("{page}/logo");

    let r = upload(
        &app,
        &app.client,
        &page,
        &action,
        b"<svg onload=alert(1)></svg>",
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    let p = Page::parse(&r.text().await.unwrap());
    assert!(
        p.text(".error-summary").contains("not a PNG or JPEG"),
        "{}",
        p.text(".error-summary")
    );

    let mut big = b"\x89PNG\r\n\x1a\n".to_vec();
    big.resize(2 * 1024 * 1024 + 10, 7);
    let r = upload(&app, &app.client, &page, &action, &big).await;
    assert_eq!(r.status().as_u16(), 200);
    let p = Page::parse(&r.text().await.unwrap());
    assert!(
        p.text(".error-summary").contains("larger than"),
        "{}",
        p.text(".error-summary")
    );

    let r = app
        .submit(
            &page,
            &page,
            &[("accent_colour", "#ffd700"), ("contact_line", "x")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let p = Page::parse(&r.text().await.unwrap());
    let message = p.text("#accent_colour-error");
    assert!(
        message.contains(":1") && message.contains("4.5"),
        "{message}"
    );
    assert_eq!(
        p.input("accent_colour"),
        "#ffd700",
        "the value typed is kept"
    );

    // A forged upload (no token) changes nothing.
    let (content_type, body) = multipart("forged", "x.png", b"\x89PNG");
    let r = app
        .client
        .post(app.url(&action))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
}

#[tokio::test]
async fn an_uploaded_logo_is_served_immutable_with_an_etag_and_without_exif() {
    let app = TestApp::spawn_demo_signed_in(3, ORGANIZER).await;
    let page = identity_page();
    let r = upload(
        &app,
        &app.client,
        &page,
        &format!("{page}/logo"),
        &jpeg_with_exif(),
    )
    .await;
    assert_eq!(
        r.status().as_u16(),
        303,
        "{}",
        r.text().await.unwrap_or_default()
    );
    let r = app
        .submit(
            &page,
            &page,
            &[
                ("accent_colour", "#0B6E4F"),
                ("contact_line", "Write to events@example.org"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);

    let anonymous = app.new_browser();
    let html = anonymous
        .get(app.url(&format!("/c/{SLUG}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let p = Page::parse(&html);
    assert!(p.text(".contact-line").contains("events@example.org"));
    assert_eq!(
        p.attrs("link[rel=stylesheet]", "href").last().unwrap(),
        "/accent/0b6e4f.css"
    );
    let src = p.attr(".conference-logo", "src");
    assert!(src.starts_with("/images/"), "{src}");

    let r = anonymous.get(app.url(&src)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let cache = r.headers()["cache-control"].to_str().unwrap().to_string();
    assert!(
        cache.contains("max-age=31536000") && cache.contains("immutable"),
        "{cache}"
    );
    assert_eq!(r.headers()["content-type"], "image/png");
    let etag = r.headers()["etag"].to_str().unwrap().to_string();
    let bytes = r.bytes().await.unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let hay = String::from_utf8_lossy(&bytes);
    assert!(
        !hay.contains("Exif") && !hay.contains("GPS-SECRET"),
        "metadata was kept"
    );
    assert!(image::load_from_memory(&bytes).is_ok());

    let r = anonymous
        .get(app.url(&src))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 304);
    let css = anonymous
        .get(app.url("/accent/0b6e4f.css"))
        .send()
        .await
        .unwrap();
    assert!(
        css.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(css.text().await.unwrap().contains("#0b6e4f"));
    // A colour that fails the contrast check has no stylesheet.
    assert_eq!(
        anonymous
            .get(app.url("/accent/ffd700.css"))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
}

/// The demo speaker's user id and a session they speak in.
async fn speaker_and_session(app: &TestApp) -> (String, String) {
    app.with_db(|c| {
        let user = db::users::by_email(c, &plenary::domain::Email::parse(SPEAKER).unwrap())
            .unwrap()
            .unwrap();
        let conf = db::conferences::by_slug(c, SLUG).unwrap().unwrap();
        let session = db::sessions::for_conference(c, conf.id)
            .unwrap()
            .into_iter()
            .find(|s| s.people.iter().any(|p| p.user_id == user.id))
            .unwrap();
        (user.id.to_string(), session.id.to_string())
    })
    .await
}

#[tokio::test]
async fn withdrawing_consent_hides_the_person_and_exports_carry_profiles() {
    let app = TestApp::spawn_demo_signed_in(3, SPEAKER).await;
    let (user, session) = speaker_and_session(&app).await;
    let person_page = format!("/c/{SLUG}/people/{user}");
    let session_page = format!("/c/{SLUG}/sessions/{session}");

    let r = app
        .submit(
            "/account/profile",
            "/account/profile",
            &[
                ("honorific", ""),
                ("job_title", "Chief Imagination Officer"),
                ("organisation", "Institute for Digital Policy"),
                ("country", "JP"),
                ("biography", "Writes about machines that write."),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let anonymous = app.new_browser();
    let get = |path: String| {
        let c = anonymous.clone();
        let url = app.url(&path);
        async move {
            let r = c.get(url).send().await.unwrap();
            (r.status().as_u16(), r.text().await.unwrap())
        }
    };
    let (status, html) = get(person_page.clone()).await;
    assert_eq!(status, 200);
    assert!(html.contains("Chief Imagination Officer") && html.contains("machines that write"));
    let (_, html) = get(session_page.clone()).await;
    let cards = Page::parse(&html).select_text(".person-card");
    assert!(
        cards
            .iter()
            .any(|c| c.contains("Chief Imagination Officer")),
        "{cards:?}"
    );
    let (_, json) = get(format!("/c/{SLUG}/schedule.json")).await;
    assert!(json.contains("Chief Imagination Officer") && json.contains("\"biography\""));
    let (_, xml) = get(format!("/c/{SLUG}/schedule.xml")).await;
    assert!(xml.contains("Chief Imagination Officer"));

    // Consent withdrawn: no page, no card, nothing in the exports.
    let r = app
        .submit(
            "/account/profile",
            "/account/profile",
            &[
                ("job_title", "Chief Imagination Officer"),
                ("country", "JP"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(get(person_page).await.0, 404);
    let (_, html) = get(session_page).await;
    assert!(!html.contains("Chief Imagination Officer"));
    assert!(
        html.contains("Kenji Demo-Speaker"),
        "the name stays in the programme"
    );
    let (_, json) = get(format!("/c/{SLUG}/schedule.json")).await;
    assert!(!json.contains("Chief Imagination Officer"));
}

#[tokio::test]
async fn organizers_edit_a_speakers_profile_and_photo_but_not_strangers() {
    let app = TestApp::spawn_demo_signed_in(3, ORGANIZER).await;
    let (user, _) = speaker_and_session(&app).await;
    let page = format!("/organize/c/{SLUG}/people/{user}/profile");
    let r = app
        .submit(
            &page,
            &page,
            &[
                ("honorific", "Prof."),
                ("job_title", "Dean"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let mut png = Vec::new();
    image::RgbImage::from_pixel(300, 300, image::Rgb([1, 2, 3]))
        .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let r = upload(&app, &app.client, &page, &format!("{page}/photo"), &png).await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, p) = app.get_page(&format!("/c/{SLUG}/people/{user}")).await;
    assert!(p.text("h1").starts_with("Prof. "), "{}", p.text("h1"));
    let photo = p.attr(".person-photo", "src");
    let bytes = app.get(&photo).await.bytes().await.unwrap();
    let img = image::load_from_memory(&bytes).unwrap();
    assert!(img.width() <= 400, "the photo is shrunk");
    // The organizer's own id is nobody's speaker: no page to edit.
    let stranger = uuid::Uuid::new_v4();
    let r = app
        .get(&format!("/organize/c/{SLUG}/people/{stranger}/profile"))
        .await;
    assert_eq!(r.status().as_u16(), 404);
    let _ = location(&r);
}

#[tokio::test]
async fn the_demo_dates_nothing_after_its_simulated_now_and_the_reset_page_is_plain_elsewhere() {
    let app = TestApp::spawn_demo(60).await;
    let now = plenary::demo::seed::demo_clock_start();
    let (late_regs, late_attendance, profiles) = app
        .with_db(move |c| {
            use diesel::prelude::*;
            use plenary::db::schema::{enrollments, profiles, registrations, sessions};
            let now = now.naive_utc();
            let late_regs: i64 = registrations::table
                .filter(
                    registrations::created_at
                        .gt(now)
                        .or(registrations::confirmed_at.gt(now))
                        .or(registrations::cancelled_at.gt(now)),
                )
                .count()
                .get_result(c)
                .unwrap();
            let late_attendance: i64 = enrollments::table
                .inner_join(sessions::table)
                .filter(enrollments::attended_at.is_not_null())
                .filter(sessions::ends_at.gt(now))
                .count()
                .get_result(c)
                .unwrap();
            let shown: i64 = profiles::table
                .filter(profiles::consent.eq(true))
                .count()
                .get_result(c)
                .unwrap();
            (late_regs, late_attendance, shown)
        })
        .await;
    assert_eq!(late_regs, 0, "registrations dated after the demo's now");
    assert_eq!(late_attendance, 0, "attendance of sessions not over yet");
    assert!(profiles > 10, "the demo's people have profiles");
    let (_, p) = app.get_page(&format!("/c/{SLUG}")).await;
    assert!(p.attr(".conference-banner", "src").starts_with("/images/"));
    let (_, home) = app.get_page("/").await;
    assert!(home.count(".card-banner") >= 1 && home.count(".card-summary") >= 1);
    let (_, reset) = app.get_html("/password/reset").await;
    assert!(reset.contains("demo&#39;s invented registrants"));

    let plain = TestApp::spawn().await;
    let (_, reset) = plain.get_html("/password/reset").await;
    assert!(!reset.contains("demo"), "demo-only text outside the demo");
    let (_, favicon) = plain.get_html("/static/favicon.svg").await;
    assert!(favicon.starts_with("<svg"));
}
