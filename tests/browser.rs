//! Plenary in a real browser: headless Chromium driven over WebDriver (fantoccini
//! and Debian's chromedriver) against the real server from the one harness.
//!
//! Journeys a person makes — signing up and joining a session, the browser's own
//! time zone, an organizer adding a session, a moderator checking someone in on
//! the roster, the sign-up form by keyboard alone —
//! and two gates over every page type: axe-core finds no serious or critical
//! accessibility violation (at desktop and phone widths), and the Nu Html Checker
//! finds no error in the served HTML. Screenshots of the key pages at 1280 and 390
//! CSS pixels land in `target/screenshots/` for a person to look at.
//!
//! Without chromedriver (or without `npm ci`) the tests skip; with `CI=true` they
//! fail instead.

mod common;
#[path = "browser/country.rs"]
mod country;
#[path = "browser/driver.rs"]
mod driver;
#[path = "browser/gates.rs"]
mod gates;
#[path = "browser/pages.rs"]
mod pages;

use chrono::{Duration, TimeZone, Utc};
use diesel::prelude::*;
use fantoccini::key::Key;
use plenary::db::schema::users;
use serde_json::json;

use common::{TestApp, login_with, new_client, opening_id, opening_utc, submit_with};
use driver::{Browser, Options};
use gates::{AxeViolation, repo_path, tool};
use pages::{PASSWORD, PageCase, SLUG, Who, catalogue};

/// A week before the demo conference: registration is open, sessions can be picked.
fn a_week_before() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2020, 7, 1, 9, 0, 0).unwrap()
}

async fn user_field(app: &TestApp, email: &'static str) -> (String, String, String) {
    app.with_db(move |c| {
        users::table
            .filter(users::email.eq(email))
            .select((users::name, users::country, users::time_zone))
            .first::<(String, String, String)>(c)
            .expect("the new user")
    })
    .await
}

#[tokio::test]
async fn an_attendee_signs_up_confirms_by_mail_picks_sessions_and_sees_a_join_link_in_its_window() {
    let Some(browser) = Browser::start(Options {
        tz: Some("America/Sao_Paulo"),
    })
    .await
    else {
        return;
    };
    let app = TestApp::spawn_demo(20).await;
    app.clock.set(a_week_before());
    let opening = opening_id(&app).await;
    let email = "ana.souza@example.org";

    browser.goto(&app.url(&format!("/c/{SLUG}"))).await;
    browser
        .click_and_wait(&format!("a.button[href='/c/{SLUG}/register']"))
        .await;
    browser
        .find("#name")
        .await
        .send_keys("Ana Beatriz Souza")
        .await
        .unwrap();
    browser.find("#email").await.send_keys(email).await.unwrap();
    browser
        .find("#country")
        .await
        .select_by_label("Brazil")
        .await
        .expect("Brazil in the country list");
    browser
        .find("#organization")
        .await
        .send_keys("Instituto Nacional da Propriedade Industrial")
        .await
        .unwrap();
    let zone = browser
        .find("#time_zone")
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(
        zone.as_deref(),
        Some("America/Sao_Paulo"),
        "the zone field is filled from the browser"
    );
    browser
        .find("#password")
        .await
        .send_keys("correct horse battery staple")
        .await
        .unwrap();
    browser.find("#consent").await.click().await.unwrap();
    browser
        .click_and_wait("main form button[type=submit]")
        .await;
    browser.wait_for_text("Check your email").await;
    assert_eq!(browser.path().await, format!("/c/{SLUG}/register/sent"));
    let (name, country, tz) = user_field(&app, email).await;
    assert_eq!(
        (name.as_str(), country.as_str(), tz.as_str()),
        ("Ana Beatriz Souza", "BR", "America/Sao_Paulo")
    );

    // The confirmation mail, through the outbox and the real SMTP sink.
    assert_eq!(app.drain().await.sent, 1);
    let mail = app
        .mails_to(email)
        .into_iter()
        .find(|m| m.subject.starts_with("Confirm"))
        .expect("a confirmation mail");
    let link = mail.link_containing("/confirm/").expect("a confirm link");
    assert!(link.starts_with(&app.base), "{link}");
    // The link opens a page with a button; nothing is confirmed before the click.
    browser.goto(&link).await;
    browser.wait_for_text("Confirm your registration").await;
    // The link installs the password chosen at sign-up: it asks for it.
    browser
        .find("#password")
        .await
        .send_keys("correct horse battery staple")
        .await
        .unwrap();
    browser
        .click_and_wait("main form button[type=submit]")
        .await;
    browser.wait_for_text("My conference").await;
    assert_eq!(browser.path().await, format!("/c/{SLUG}/me"));
    let status = browser.find("#status").await.text().await.unwrap();
    assert!(status.contains("Confirmed"), "{status}");
    assert!(
        browser
            .find("main")
            .await
            .text()
            .await
            .unwrap()
            .contains("America/Sao_Paulo"),
        "times in the registrant's zone"
    );

    // Pick the opening session, then the next session on offer.
    let item = format!("#s-{opening}");
    browser
        .click_and_wait(&format!("{item} button[value=pick]"))
        .await;
    browser.wait_for_text("Session added to your picks.").await;
    let picked = browser.find(&item).await.text().await.unwrap();
    assert!(picked.contains("Picked"), "{picked}");
    browser
        .click_and_wait("li.item:not(.mine) button[value=pick]")
        .await;
    browser.wait_for_text("Session added to your picks.").await;
    let status = browser.find("#status").await.text().await.unwrap();
    let status = plenary::domain::l10n::strip_isolation(&status);
    assert!(status.contains("You have picked 2 sessions"), "{status}");

    // Half an hour before: the link is announced, not shown.
    app.clock.set(opening_utc() - Duration::minutes(30));
    browser.client.refresh().await.unwrap();
    browser.wait_for_text("Join link from").await;
    assert!(
        browser
            .try_find(&format!("{item} a.join-link"))
            .await
            .is_none()
    );

    // Ten minutes before: the join link is there.
    app.clock.set(opening_utc() - Duration::minutes(10));
    browser.client.refresh().await.unwrap();
    let join = browser.find(&format!("{item} a.join-link")).await;
    assert!(join.is_displayed().await.unwrap());
    assert_eq!(join.text().await.unwrap(), "Join the session");
    let href = join.attr("href").await.unwrap().unwrap_or_default();
    assert!(
        href.ends_with(&format!("/c/{SLUG}/sessions/{opening}/join")),
        "{href}"
    );
    browser.assert_console_clean().await;
    browser.quit().await;
}

#[tokio::test]
async fn the_agenda_detects_the_browser_zone_and_shows_tokyo_time_after_one_click() {
    let Some(browser) = Browser::start(Options {
        tz: Some("Asia/Tokyo"),
    })
    .await
    else {
        return;
    };
    let app = TestApp::spawn_demo(5).await;
    let opening = opening_id(&app).await;
    let opening_time = format!(
        "return [...document.querySelectorAll('li.item')].find(li => li.querySelector('a[href$=\"/sessions/{opening}\"]')).querySelector('.when').innerText;"
    );

    browser.goto(&app.url(&format!("/c/{SLUG}/agenda"))).await;
    let shown = browser.find("#shown-zone").await.text().await.unwrap();
    assert_eq!(shown, "Europe/Zurich", "the conference's zone by default");
    assert_eq!(
        browser.js(&opening_time, vec![]).await,
        json!("13:00–13:30 CEST")
    );

    let offer = browser.find("a.use-browser-zone").await;
    assert_eq!(
        plenary::domain::l10n::strip_isolation(&offer.text().await.unwrap()),
        "Use my time zone (Asia/Tokyo)"
    );
    browser.click_and_wait("a.use-browser-zone").await;
    assert_eq!(
        browser.find("#shown-zone").await.text().await.unwrap(),
        "Asia/Tokyo"
    );
    assert_eq!(
        browser.js(&opening_time, vec![]).await,
        json!("20:00–20:30 JST")
    );
    let main = browser.find("main").await.text().await.unwrap();
    assert!(main.contains("JST") && !main.contains("CEST"));

    // The choice is remembered, and nothing more is offered.
    browser.goto(&app.url(&format!("/c/{SLUG}/agenda"))).await;
    assert_eq!(
        browser.find("#shown-zone").await.text().await.unwrap(),
        "Asia/Tokyo"
    );
    assert!(browser.try_find("a.use-browser-zone").await.is_none());
    browser.assert_console_clean().await;
    browser.quit().await;
}

#[tokio::test]
async fn an_organizer_adds_a_session_in_the_back_office_and_it_appears_on_the_public_agenda() {
    let Some(browser) = Browser::start(Options::default()).await else {
        return;
    };
    let app = TestApp::spawn_demo(5).await;
    let title = "Evening exchange: regional IP offices and AI tools";
    browser
        .sign_in(&app.base, "organizer@demo.plenary.test", PASSWORD)
        .await;
    browser.click_and_wait("a[href='/organize']").await;
    browser
        .click_and_wait(&format!("a[href='/organize/c/{SLUG}']"))
        .await;
    browser
        .click_and_wait(&format!("nav a[href='/organize/c/{SLUG}/agenda']"))
        .await;
    browser
        .click_and_wait(&format!("a[href='/organize/c/{SLUG}/sessions/new']"))
        .await;

    browser.find("#title").await.send_keys(title).await.unwrap();
    browser
        .find("#kind")
        .await
        .select_by_value("workshop")
        .await
        .unwrap();
    browser
        .find("#summary")
        .await
        .send_keys("Heads of regional offices compare the tools they use.")
        .await
        .unwrap();
    browser
        .find("#day")
        .await
        .select_by_value("2020-07-08")
        .await
        .unwrap();
    // Time inputs take what the keyboard gives in the browser's locale (en-US:
    // hours, minutes, AM/PM), so type them rather than set a value.
    browser
        .find("#start")
        .await
        .send_keys("0600PM")
        .await
        .unwrap();
    browser
        .find("#end")
        .await
        .send_keys("0645PM")
        .await
        .unwrap();
    assert_eq!(
        browser.find("#start").await.prop("value").await.unwrap(),
        Some("18:00".to_string())
    );
    browser
        .find("#track")
        .await
        .send_keys("Room B")
        .await
        .unwrap();
    browser
        .click_and_wait("main form button[type=submit]")
        .await;
    assert_eq!(
        browser.path().await,
        format!("/organize/c/{SLUG}/agenda"),
        "back to the agenda editor"
    );
    browser.wait_for_text(title).await;

    browser
        .click_and_wait(&format!("nav a[href='/organize/c/{SLUG}']"))
        .await;
    browser
        .click_and_wait(&format!("main a[href='/c/{SLUG}']"))
        .await;
    browser
        .click_and_wait(&format!("a.button[href='/c/{SLUG}/agenda']"))
        .await;
    browser.wait_for_text(title).await;
    let when = browser
        .js(
            &format!(
                "return [...document.querySelectorAll('li.item')].find(li => li.innerText.includes({})).querySelector('.when').innerText;",
                json!(title)
            ),
            vec![],
        )
        .await;
    assert_eq!(when, json!("18:00–18:45 CEST"));
    browser.assert_console_clean().await;
    browser.quit().await;
}

#[tokio::test]
async fn a_moderator_opens_the_roster_of_their_session_and_checks_someone_in() {
    let Some(browser) = Browser::start(Options::default()).await else {
        return;
    };
    let app = TestApp::spawn_demo(40).await;
    let opening = opening_id(&app).await;
    let session = format!("/moderate/c/{SLUG}/sessions/{opening}");
    // Three minutes into the opening, which the demo moderator chairs.
    app.clock.set(opening_utc() + Duration::minutes(3));
    browser
        .sign_in(&app.base, "moderator@demo.plenary.test", PASSWORD)
        .await;
    browser.click_and_wait("a[href='/moderate']").await;
    browser
        .click_and_wait(&format!("main h3 a[href='{session}']"))
        .await;
    browser
        .click_and_wait(&format!("main a.button[href='{session}/roster']"))
        .await;
    browser.find(".roster-table").await;

    let button = browser
        .find(".roster-table button[name=mark][value^='present:']")
        .await;
    let value = button.attr("value").await.unwrap().unwrap();
    let rid = value.trim_start_matches("present:").to_string();
    let row = format!("#r-{rid}");
    let name = browser
        .find(&format!("{row} th"))
        .await
        .text()
        .await
        .unwrap();
    browser
        .click_and_wait(&format!("{row} button[value='{value}']"))
        .await;
    browser
        .wait_for_text(&format!("Marked {name} present."))
        .await;
    let class = browser.find(&row).await.attr("class").await.unwrap();
    assert_eq!(class.as_deref(), Some("roster-present"), "{name}'s row");
    let text = browser.find(&row).await.text().await.unwrap();
    assert!(text.contains("checked in by a moderator"), "{text}");
    assert!(
        browser
            .try_find(&format!("{row} button[value='absent:{rid}']"))
            .await
            .is_some(),
        "the row now offers Mark absent"
    );
    assert!(browser.try_find("form.roster-undo button").await.is_some());
    browser.assert_console_clean().await;
    browser.quit().await;
}

#[tokio::test]
async fn the_sign_up_form_can_be_completed_with_the_keyboard_alone() {
    let Some(browser) = Browser::start(Options {
        tz: Some("Africa/Nairobi"),
    })
    .await
    else {
        return;
    };
    let app = TestApp::spawn_demo(5).await;
    app.clock.set(a_week_before());
    let email = "wanjiru.kamau@example.org";
    browser.goto(&app.url(&format!("/c/{SLUG}/register"))).await;
    browser.find("#name").await;

    browser.tab_to("name").await;
    browser.type_text("Wanjiru Kamau").await;
    browser.press(Key::Tab).await;
    assert_eq!(browser.focused().await, "email");
    browser.type_text(email).await;
    browser.press(Key::Tab).await;
    // The participant category (radio buttons; the open one is ticked), then …
    assert_eq!(
        browser
            .js("return document.activeElement.name;", vec![])
            .await,
        serde_json::json!("category")
    );
    browser.press(Key::Tab).await;
    // … the filter box that app.js puts before the country list: typing narrows
    // the list; on the list itself the arrow key picks the one country left.
    assert_eq!(
        browser
            .js(
                "return document.activeElement.classList.contains('country-filter');",
                vec![]
            )
            .await,
        json!(true),
        "the country filter follows the email field"
    );
    browser.type_text("Kenya").await;
    browser.press(Key::Tab).await;
    assert_eq!(browser.focused().await, "country");
    browser.press(Key::Down).await;
    assert_eq!(
        browser.find("#country").await.prop("value").await.unwrap(),
        Some("KE".to_string())
    );
    browser.press(Key::Tab).await;
    assert_eq!(browser.focused().await, "organization");
    browser
        .type_text("Kenya Industrial Property Institute")
        .await;
    browser.press(Key::Tab).await;
    assert_eq!(browser.focused().await, "time_zone");
    browser.press(Key::Tab).await;
    assert_eq!(browser.focused().await, "language");
    browser.press(Key::Tab).await;
    assert_eq!(browser.focused().await, "password");
    browser.type_text("a long and sturdy passphrase").await;
    browser.press(Key::Tab).await;
    // The demo's custom questions (one stop per radio group or checkbox), then consent.
    let mut questions = 0;
    while browser.focused().await != "consent" {
        let focused = browser.focused().await;
        assert!(
            focused.starts_with("q_"),
            "a question's field, not {focused}"
        );
        questions += 1;
        assert!(questions <= 6, "the questions end before the consent");
        browser.press(Key::Tab).await;
    }
    assert!(questions >= 2, "the demo's questions are reached");
    browser.press(Key::Space).await;
    browser.press(Key::Tab).await;
    // Appearing on the list of participants: asked, left unticked.
    assert_eq!(browser.focused().await, "list_consent");
    browser.press(Key::Tab).await;
    let focused_button = browser
        .js(
            "const e = document.activeElement; return e.tagName + ':' + e.type + ':' + e.innerText;",
            vec![],
        )
        .await;
    assert_eq!(focused_button, json!("BUTTON:submit:Register"));
    browser.mark_page().await;
    browser.press(Key::Enter).await;
    browser.wait_for_new_page().await;
    browser.wait_for_text("Check your email").await;
    assert_eq!(browser.path().await, format!("/c/{SLUG}/register/sent"));
    assert!(
        browser
            .find("main")
            .await
            .text()
            .await
            .unwrap()
            .contains(email)
    );
    let (name, country, tz) = user_field(&app, "wanjiru.kamau@example.org").await;
    assert_eq!(
        (name.as_str(), country.as_str(), tz.as_str()),
        ("Wanjiru Kamau", "KE", "Africa/Nairobi")
    );
    browser.assert_console_clean().await;
    browser.quit().await;
}

/// Signs the browser in as `who` (or out), unless it already is.
async fn become_in_browser(browser: &Browser, app: &TestApp, who: Who) {
    browser.forget_cookies().await;
    if let Some(email) = who.email() {
        browser.sign_in(&app.base, email, PASSWORD).await;
    }
}

/// Opens a page case in the browser (submitting its form when it is an error state)
/// and checks it is the page meant.
async fn open_in_browser(browser: &Browser, app: &TestApp, case: &PageCase) {
    browser.goto(&app.url(&case.path)).await;
    if let Some((action, fields)) = &case.submit {
        browser.submit_form(action, fields).await;
    }
    let text = browser.find("body").await.text().await.unwrap();
    assert!(
        text.to_lowercase().contains(&case.expect.to_lowercase()),
        "{}: expected {:?} on {}\n{text}",
        case.name,
        case.expect,
        browser.url().await
    );
}

#[tokio::test]
async fn every_page_type_has_no_serious_or_critical_accessibility_violations() {
    let Some(axe_path) = tool("node_modules/axe-core/axe.min.js") else {
        return;
    };
    let Some(browser) = Browser::start(Options::default()).await else {
        return;
    };
    let axe_source = std::fs::read_to_string(axe_path).expect("read axe.min.js");
    let app = TestApp::spawn_demo(30).await;
    app.clock.set(a_week_before());
    let shots = repo_path("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();

    let mut report = String::new();
    let mut counts: Vec<(&str, usize, usize)> = Vec::new();
    let mut serious_total = 0;
    let mut console: Vec<String> = Vec::new();
    let mut layout: Vec<String> = Vec::new();
    let mut current: Option<Who> = None;
    let cases = catalogue(&app).await;
    for case in &cases {
        if current != Some(case.who) {
            become_in_browser(&browser, &app, case.who).await;
            current = Some(case.who);
        }
        open_in_browser(&browser, &app, case).await;
        // The same loaded page at desktop and phone widths: layout changes what
        // axe finds (contrast over backgrounds, scrolling regions, target sizes).
        let mut found: Vec<(u32, AxeViolation)> = Vec::new();
        for width in [1280, 390] {
            browser.set_viewport_width(width).await;
            for v in gates::axe(&browser, &axe_source).await {
                found.push((width, v));
            }
            if let Some(problem) = layout_problem(&browser).await {
                layout.push(format!("{} at {width}px: {problem}", case.name));
            }
            if case.key {
                let png = browser.full_page_screenshot().await;
                std::fs::write(shots.join(format!("{}-{width}.png", case.name)), png).unwrap();
            }
        }
        browser.set_viewport_width(1280).await;
        for e in browser.console_errors().await {
            console.push(format!("{}: {e}", case.name));
        }
        let serious = found.iter().filter(|(_, v)| v.is_serious()).count();
        serious_total += serious;
        counts.push((case.name, found.len(), serious));
        if !found.is_empty() {
            report.push_str(&format!("{} ({})\n", case.name, case.path));
            for (width, v) in &found {
                report.push_str(&format!("  at {width}px:\n{}", v.describe()));
            }
        }
    }
    let mut summary =
        String::from("axe-core per page type (violations found / serious or critical):\n");
    for (name, all, serious) in &counts {
        summary.push_str(&format!("  {name:28} {all:3} / {serious}\n"));
    }
    let axe_dir = repo_path("target/axe");
    std::fs::create_dir_all(&axe_dir).unwrap();
    std::fs::write(axe_dir.join("report.txt"), format!("{summary}\n{report}")).unwrap();
    println!("{summary}\n{report}");
    browser.quit().await;
    assert_eq!(
        serious_total, 0,
        "serious or critical accessibility violations:\n{report}"
    );
    assert!(
        console.is_empty(),
        "errors in the browser console:\n{}",
        console.join("\n")
    );
    assert!(layout.is_empty(), "layout problems:\n{}", layout.join("\n"));
}

/// What is wrong with the page's layout at the current width, if anything: the page
/// scrolls sideways (something wider than the screen), or the main heading does not
/// start where the text direction starts (a right-to-left page that is not mirrored,
/// or a left-to-right one pushed aside).
async fn layout_problem(browser: &Browser) -> Option<String> {
    let v = browser
        .js(
            r#"const doc = document.documentElement;
               const overflow = doc.scrollWidth - doc.clientWidth;
               const main = document.querySelector('main');
               const h1 = document.querySelector('main h1');
               let gap = null;
               if (main && h1) {
                 const m = main.getBoundingClientRect();
                 const range = document.createRange();
                 range.selectNodeContents(h1);
                 const t = range.getBoundingClientRect();
                 gap = doc.dir === 'rtl' ? m.right - t.right : t.left - m.left;
               }
               // The first element reaching past the screen, to name in the report (it
               // may be scrolled inside its box: then look at what escapes that box).
               let culprit = null;
               for (const e of document.querySelectorAll('body *')) {
                 const r = e.getBoundingClientRect();
                 const past = doc.dir === 'rtl' ? r.left < -1 && r.right > 0 : r.right > doc.clientWidth + 1 && r.left < doc.clientWidth;
                 if (r.width > 0 && past) {
                   culprit = e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                     + ' (' + Math.round(r.left) + '..' + Math.round(r.right) + ')';
                   break;
                 }
               }
               return { overflow, gap, dir: doc.dir || 'ltr', culprit };"#,
            vec![],
        )
        .await;
    let overflow = v["overflow"].as_f64().unwrap_or(0.0);
    if overflow > 1.0 {
        return Some(format!(
            "the page is {overflow}px wider than the screen (reaching past it: {})",
            v["culprit"].as_str().unwrap_or("?")
        ));
    }
    match v["gap"].as_f64() {
        Some(gap) if !(0.0..=48.0).contains(&gap) => Some(format!(
            "the heading starts {gap}px from the {} edge of the content ({} page)",
            if v["dir"] == "rtl" { "right" } else { "left" },
            v["dir"]
        )),
        _ => None,
    }
}

#[tokio::test]
async fn every_page_type_is_valid_html_for_the_nu_html_checker() {
    let Some(jar) = tool("node_modules/vnu-jar/build/dist/vnu.jar") else {
        return;
    };
    let app = TestApp::spawn_demo(30).await;
    app.clock.set(a_week_before());
    let out = repo_path("target/vnu");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();

    let mut clients: Vec<(Who, reqwest::Client)> = Vec::new();
    let mut files = Vec::new();
    let cases = catalogue(&app).await;
    for case in &cases {
        let client = match clients.iter().find(|(w, _)| *w == case.who) {
            Some((_, c)) => c.clone(),
            None => {
                let c = new_client();
                if let Some(email) = case.who.email() {
                    let r = login_with(&c, &app.base, email, PASSWORD).await;
                    assert_eq!(r.status().as_u16(), 303, "sign in {email}");
                }
                clients.push((case.who, c.clone()));
                c
            }
        };
        let response = match &case.submit {
            Some((action, fields)) => {
                submit_with(&client, &app.base, &case.path, action, fields).await
            }
            None => client.get(app.url(&case.path)).send().await.unwrap(),
        };
        let html = response.text().await.unwrap();
        assert!(
            html.to_lowercase().contains(&case.expect.to_lowercase()),
            "{}: expected {:?}\n{html}",
            case.name,
            case.expect
        );
        let file = out.join(format!("{}.html", case.name));
        std::fs::write(&file, html).unwrap();
        files.push(file);
    }

    let messages = gates::vnu(&jar, &files);
    let mut report = String::from("Nu Html Checker errors per page type:\n");
    for case in &cases {
        let mine: Vec<_> = messages
            .iter()
            .filter(|m| m.url.ends_with(&format!("/{}.html", case.name)))
            .collect();
        report.push_str(&format!("  {:28} {}\n", case.name, mine.len()));
        for m in mine {
            report.push_str(&format!(
                "      line {}: [{}] {}\n        {}\n",
                m.line,
                m.kind,
                m.message,
                m.extract.replace('\n', " ")
            ));
        }
    }
    std::fs::write(out.join("report.txt"), &report).unwrap();
    println!("{report}");
    assert!(messages.is_empty(), "{report}");
}

#[tokio::test]
async fn forms_show_an_error_summary_linked_to_described_fields_and_ask_for_autocomplete() {
    let Some(browser) = Browser::start(Options::default()).await else {
        return;
    };
    let app = TestApp::spawn_demo(5).await;
    app.clock.set(a_week_before());

    // The checks, in the page: the summary comes before the heading and is the
    // first thing in main; each of its links points at a control whose
    // aria-describedby names the error message with the same text.
    let check = r#"
      const problems = [];
      const summary = document.querySelector('.error-summary');
      if (!summary) return ['no error summary'];
      if (summary.getAttribute('role') !== 'alert') problems.push('summary is not role=alert');
      const h1 = document.querySelector('main h1');
      if (!(summary.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING)) problems.push('summary after the heading');
      const links = [...summary.querySelectorAll('a')];
      if (links.length === 0) problems.push('summary without links');
      for (const a of links) {
        const id = decodeURIComponent(a.getAttribute('href').replace(/^#/, ''));
        const field = document.getElementById(id);
        if (!field) { problems.push('link to missing #' + id); continue; }
        if (!['INPUT', 'SELECT', 'TEXTAREA'].includes(field.tagName)) problems.push('#' + id + ' is not a control');
        const holder = field.closest('fieldset[aria-describedby]') || field;
        const described = (holder.getAttribute('aria-describedby') || '').split(/\s+/);
        const message = described.map(d => document.getElementById(d)).find(e => e && e.classList.contains('error-message'));
        if (!message) { problems.push('#' + id + ' has no error message in aria-describedby'); continue; }
        if (!message.innerText.includes(a.innerText.trim())) problems.push('#' + id + ' message differs from summary: ' + message.innerText + ' / ' + a.innerText);
        if (holder === field && field.getAttribute('aria-invalid') !== 'true') problems.push('#' + id + ' not aria-invalid');
      }
      return problems;
    "#;
    let autocomplete = r#"
      const want = arguments[0];
      const problems = [];
      for (const [id, value] of Object.entries(want)) {
        const el = document.getElementById(id);
        if (!el) problems.push('no #' + id);
        else if (el.getAttribute('autocomplete') !== value) problems.push('#' + id + ' autocomplete=' + el.getAttribute('autocomplete'));
      }
      return problems;
    "#;
    let personal = json!({"name": "name", "email": "email", "country": "country", "organization": "organization"});

    let register = format!("/c/{SLUG}/register");
    browser.goto(&app.url(&register)).await;
    browser.submit_form(&register, &[]).await;
    assert_eq!(browser.js(check, vec![]).await, json!([]), "register");
    assert_eq!(
        browser.js(autocomplete, vec![personal.clone()]).await,
        json!([]),
        "register autocomplete"
    );
    let summary = browser.find(".error-summary").await.text().await.unwrap();
    for field in ["name", "email", "country", "password", "consent"] {
        assert!(
            browser
                .try_find(&format!(".error-summary a[href='#{field}']"))
                .await
                .is_some(),
            "the summary links to #{field}: {summary}"
        );
    }
    // What was typed comes back.
    browser
        .submit_form(&register, &[("name", "Zoë"), ("email", "not-an-address")])
        .await;
    assert_eq!(
        browser.find("#name").await.prop("value").await.unwrap(),
        Some("Zoë".to_string())
    );
    assert!(
        browser
            .try_find(".error-summary a[href='#name']")
            .await
            .is_none()
    );
    assert!(
        browser
            .try_find(".error-summary a[href='#email']")
            .await
            .is_some()
    );

    browser.goto(&app.url("/login")).await;
    browser.submit_form("/login", &[]).await;
    assert_eq!(browser.js(check, vec![]).await, json!([]), "login");
    assert_eq!(
        browser
            .js(
                autocomplete,
                vec![json!({"email": "email", "password": "current-password"})]
            )
            .await,
        json!([])
    );

    browser
        .sign_in(&app.base, "organizer@demo.plenary.test", PASSWORD)
        .await;
    browser.goto(&app.url("/account")).await;
    browser
        .submit_form(
            "/account",
            &[("name", ""), ("country", ""), ("time_zone", "Nowhere")],
        )
        .await;
    assert_eq!(browser.js(check, vec![]).await, json!([]), "account");
    assert_eq!(
        browser
            .js(
                autocomplete,
                vec![json!({"name": "name", "country": "country", "organization": "organization"})]
            )
            .await,
        json!([])
    );

    for (page, fields) in [
        (
            format!("/organize/c/{SLUG}/edit"),
            vec![("title", ""), ("slug", "Not a slug!")],
        ),
        (
            format!("/organize/c/{SLUG}/sessions/new"),
            vec![("title", "")],
        ),
    ] {
        browser.goto(&app.url(&page)).await;
        browser.submit_form(&page, &fields).await;
        assert_eq!(browser.js(check, vec![]).await, json!([]), "{page}");
    }
    browser.assert_console_clean().await;
    browser.quit().await;
}

#[tokio::test]
async fn a_sign_up_in_an_approval_category_awaits_then_the_organizer_approves_and_it_is_confirmed()
{
    let Some(browser) = Browser::start(Options {
        tz: Some("Europe/Kyiv"),
    })
    .await
    else {
        return;
    };
    let app = TestApp::spawn_demo(20).await;
    app.clock.set(a_week_before());
    let observer: String = app
        .with_db(|c| {
            plenary::db::schema::categories::table
                .filter(plenary::db::schema::categories::name.eq("Observer"))
                .select(plenary::db::schema::categories::id)
                .first(c)
                .unwrap()
        })
        .await;
    let email = "oksana.observer@example.org";

    browser.goto(&app.url(&format!("/c/{SLUG}/register"))).await;
    browser
        .find("#name")
        .await
        .send_keys("Oksana Koval")
        .await
        .unwrap();
    browser.find("#email").await.send_keys(email).await.unwrap();
    browser
        .find(&format!("#category-{observer}"))
        .await
        .click()
        .await
        .unwrap();
    browser
        .find("#country")
        .await
        .select_by_label("Ukraine")
        .await
        .expect("Ukraine in the country list");
    browser
        .find("#password")
        .await
        .send_keys(PASSWORD)
        .await
        .unwrap();
    browser.find("#consent").await.click().await.unwrap();
    browser
        .click_and_wait("main form button[type=submit]")
        .await;
    browser.wait_for_text("Check your email").await;
    app.drain().await;
    let link = app
        .mails_to(email)
        .into_iter()
        .find(|m| m.subject.starts_with("Confirm"))
        .and_then(|m| m.link_containing("/confirm/"))
        .expect("a confirmation link");
    browser.goto(&link).await;
    browser
        .find("#password")
        .await
        .send_keys(PASSWORD)
        .await
        .unwrap();
    browser
        .click_and_wait("main form button[type=submit]")
        .await;
    browser.wait_for_text("My conference").await;
    browser
        .wait_for_text("The organisers review each registration")
        .await;
    app.drain().await;
    assert!(app.mails_to(email).iter().any(|m| {
        m.subject
            .starts_with("Registration received, awaiting approval")
    }));

    // The organizer approves from the queue (the real form, over HTTP).
    let organizer = app.demo_browser("organizer@demo.plenary.test").await;
    let queue = format!("/organize/c/{SLUG}/approvals");
    let html = organizer
        .get(app.url(&queue))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Oksana Koval"), "in the queue");
    let rid: String = app
        .with_db(move |c| {
            plenary::db::schema::registrations::table
                .inner_join(users::table)
                .filter(users::email.eq(email))
                .select(plenary::db::schema::registrations::id)
                .first(c)
                .unwrap()
        })
        .await;
    let r = submit_with(
        &organizer,
        &app.base,
        &queue,
        &queue,
        &[("decision", "approve"), ("message", ""), ("rid", &rid)],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);

    browser.client.refresh().await.unwrap();
    let status = browser.find("#status").await.text().await.unwrap();
    assert!(status.contains("Confirmed"), "{status}");
    app.drain().await;
    let mails = app.mails_to(email);
    assert!(
        mails
            .iter()
            .any(|m| m.subject.starts_with("Your registration is approved"))
    );
    assert!(
        mails
            .iter()
            .any(|m| m.subject.starts_with("You are registered"))
    );
    browser.assert_console_clean().await;
    browser.quit().await;
}
