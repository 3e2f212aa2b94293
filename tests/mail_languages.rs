//! Mail in the recipient's language (issue 15, point 6), through HTTP, the real
//! worker and the SMTP sink (SQLite, or PostgreSQL when `PLENARY_TEST_DATABASE_URL`
//! is set): the language chosen at sign-up, else the conference's default language;
//! subjects, bodies, dates, `Content-Language` and the HTML part's direction.

mod common;

use common::{TestApp, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{conferences, users};
use plenary::domain::l10n;
use plenary::domain::lang::Lang;

const SLUG: &str = "ip-ai-2020";
const REGISTER: &str = "/c/ip-ai-2020/register";
const PASSWORD: &str = "a sturdy passphrase";

/// Signs `email` up in a fresh browser with `language` ("" for the page's own).
async fn sign_up(app: &TestApp, email: &str, language: &str) -> reqwest::Client {
    let browser = app.new_browser();
    let fields = [
        ("name", "Camille Lefèvre"),
        ("email", email),
        ("country", "FR"),
        ("organization", ""),
        ("time_zone", "Europe/Paris"),
        ("password", PASSWORD),
        ("language", language),
        ("consent", "yes"),
    ];
    let r = submit_with(&browser, &app.base, REGISTER, REGISTER, &fields).await;
    assert_eq!(r.status().as_u16(), 303, "the sign-up is accepted");
    browser
}

fn no_marks(s: &str) -> String {
    l10n::strip_isolation(s)
}

#[tokio::test]
async fn a_registrant_who_chose_french_gets_the_confirmation_and_its_dates_in_french() {
    let app = TestApp::spawn_demo(3).await;
    let email = "camille@example.org";
    let browser = sign_up(&app, email, "fr").await;
    app.drain().await;
    let mails = app.mails_to(email);
    let confirm = mails.last().expect("a confirmation mail");
    // The demo conference's title is translated into French (issue 15, point 7).
    let title = french_title(&app).await;
    assert!(title.starts_with("Dialogue"), "{title}");
    assert_eq!(
        confirm.subject,
        format!("Confirmez votre inscription : {title}")
    );
    assert!(
        confirm
            .text
            .contains("Nous vous remercions de votre inscription"),
        "{}",
        confirm.text
    );
    assert!(confirm.text.starts_with("Bonjour Camille Lefèvre,"));
    assert!(confirm.html.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(confirm.html.contains("Confirmer mon inscription"));
    assert!(
        confirm
            .html
            .contains("Si le bouton ne fonctionne pas, copiez cette adresse")
    );
    assert_eq!(confirm.header("Content-Language"), Some("fr"));
    assert!(
        !confirm.text.contains('\u{2068}'),
        "no isolation marks in ltr mail"
    );

    // Confirming sends "you are registered", with the conference's first day as a
    // French date in the registrant's zone (timefmt in the recipient's language).
    let link = app.confirm_path(email);
    let r = app.confirm_with(&browser, &link, PASSWORD).await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain().await;
    let mails = app.mails_to(email);
    let done = mails.last().expect("the confirmed mail");
    assert!(
        done.subject
            .starts_with("Votre inscription est confirmée : "),
        "{}",
        done.subject
    );
    let first = first_start(&app).await;
    let opens = l10n::with(Lang::Fr, || {
        plenary::email::messages::local_start(first, chrono_tz::Europe::Paris)
    });
    assert!(
        done.text.contains(&format!("Ouverture\u{a0}: {opens}")),
        "{opens:?} in {}",
        done.text
    );
    assert!(done.text.contains("Votre fuseau horaire"));
    assert_eq!(done.header("Content-Language"), Some("fr"));
    // The attached calendar is the conference's own, still attached.
    assert!(done.attachments.iter().any(|a| a.0.ends_with(".ics")));
}

#[tokio::test]
async fn a_registrant_without_a_language_gets_the_conference_default_language() {
    let app = TestApp::spawn_demo(3).await;
    let email = "sin.idioma@example.org";
    let browser = sign_up(&app, email, "").await;
    app.drain().await;
    // The person has no language of their own; the conference speaks Spanish.
    app.with_db(move |c| {
        diesel::update(users::table.filter(users::email.eq(email)))
            .set(users::language.eq(None::<String>))
            .execute(c)
            .unwrap();
        diesel::update(conferences::table.filter(conferences::slug.eq(SLUG)))
            .set(conferences::default_language.eq("es"))
            .execute(c)
            .unwrap();
    })
    .await;
    let resend = format!("/c/{SLUG}/register/resend");
    let r = submit_with(&browser, &app.base, &resend, &resend, &[("email", email)]).await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain().await;
    let mails = app.mails_to(email);
    let again = mails.last().expect("the resent confirmation");
    assert!(
        again.subject.starts_with("Confirme su inscripción: "),
        "{}",
        again.subject
    );
    assert!(again.text.contains("Le agradecemos su inscripción"));
    assert_eq!(again.header("Content-Language"), Some("es"));
    assert!(again.html.contains("<html lang=\"es\" dir=\"ltr\">"));
}

#[tokio::test]
async fn an_arabic_mail_is_right_to_left_and_says_its_language() {
    let app = TestApp::spawn_demo(3).await;
    let email = "arabic@example.org";
    sign_up(&app, email, "ar").await;
    app.drain().await;
    let mails = app.mails_to(email);
    let m = mails.last().expect("a confirmation mail");
    assert_eq!(m.header("Content-Language"), Some("ar"));
    assert!(
        m.html.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        m.html
    );
    assert!(m.html.contains("dir=\"rtl\""));
    assert!(
        m.subject.starts_with("يُرجى تأكيد تسجيلكم: "),
        "{}",
        m.subject
    );
    assert!(
        !m.subject.contains('\u{2068}'),
        "no isolation marks in subjects"
    );
    assert!(no_marks(&m.text).contains("نشكركم على التسجيل في «"));
    // Labels sit on the right of the facts table in right-to-left mail.
    assert!(!m.html.contains("text-align:left"));
    // The link stays a link: no marks glued to the URL.
    assert!(m.link_containing("/confirm/").is_some());
}

#[tokio::test]
async fn every_language_writes_the_confirmation_in_itself() {
    let app = TestApp::spawn_demo(3).await;
    for (code, subject_start) in [
        ("en", "Confirm your registration: "),
        ("fr", "Confirmez votre inscription : "),
        ("es", "Confirme su inscripción: "),
        ("ru", "Подтвердите регистрацию: "),
        ("zh", "请确认您的注册："),
        ("ar", "يُرجى تأكيد تسجيلكم: "),
    ] {
        let email = format!("lang-{code}@example.org");
        sign_up(&app, &email, code).await;
        app.drain().await;
        let mails = app.mails_to(&email);
        let m = mails.last().expect("a confirmation mail");
        assert!(
            m.subject.starts_with(subject_start),
            "{code}: {}",
            m.subject
        );
        assert_eq!(m.header("Content-Language"), Some(code));
    }
}

/// The demo conference's title in French, as a French reader gets it.
async fn french_title(app: &TestApp) -> String {
    app.with_db(|c| {
        let mut conf = plenary::db::conferences::by_slug(c, SLUG).unwrap().unwrap();
        plenary::db::content::localize_conference(c, &mut conf, Lang::Fr).unwrap();
        conf.title
    })
    .await
}

async fn first_start(app: &TestApp) -> chrono::DateTime<chrono::Utc> {
    app.with_db(|c| {
        let conf = plenary::db::conferences::by_slug(c, SLUG).unwrap().unwrap();
        plenary::db::sessions::for_conference(c, conf.id)
            .unwrap()
            .iter()
            .map(|s| s.starts_at)
            .min()
            .unwrap()
    })
    .await
}
