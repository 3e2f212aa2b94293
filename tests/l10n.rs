//! Languages: every language has exactly the messages English has, every message the
//! code and templates ask for exists, and the reader's language is chosen from
//! `?lang=` (then remembered), else the remembered choice, else `Accept-Language`.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::TestApp;

const LANGS: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// The message ids of one language's `.ftl` files.
fn keys(lang: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let mut out = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir:?}: {e}")) {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =")
                && !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                && id.starts_with(|c: char| c.is_ascii_alphabetic())
            {
                out.insert(id.to_string());
            }
        }
    }
    out
}

/// The message ids the templates and the code look up: `.t("id")`, `.t1("id"`,
/// `.t2("id"`, `.t_count("id"`, `tr("id"`, `tr_with("id"`, `tr_count("id"`, and
/// with an explicit language `t(lang, "id"`, `t_with(lang, "id"`, `t_count(lang, "id"`.
fn used_keys() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = BTreeSet::new();
    let mut stack = vec![root.join("templates"), root.join("src")];
    let id_of = |rest: &str| -> Option<String> {
        let id: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        (!id.is_empty() && rest[id.len()..].starts_with('"')).then_some(id)
    };
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for marker in [
                ".t(\"",
                ".t1(\"",
                ".t2(\"",
                ".t_count(\"",
                "tr(\"",
                "tr_with(\"",
                "tr_count(\"",
            ] {
                for (i, _) in text.match_indices(marker) {
                    let before = text[..i].chars().next_back();
                    if !marker.starts_with('.')
                        && before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
                    {
                        continue;
                    }
                    out.extend(id_of(&text[i + marker.len()..]));
                }
            }
            // `t(lang, "id"`: a function call whose second argument is the id.
            for marker in ["t(", "t_with(", "t_count("] {
                for (i, _) in text.match_indices(marker) {
                    let before = text[..i].chars().next_back();
                    if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') {
                        continue;
                    }
                    let rest = &text[i + marker.len()..];
                    let Some((arg, after)) = rest.split_once(',') else {
                        continue;
                    };
                    if arg
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "_.:&*() ".contains(c))
                        && let Some(after) = after.trim_start().strip_prefix('"')
                    {
                        out.extend(id_of(after));
                    }
                }
            }
        }
    }
    out
}

/// Templates not yet converted to messages; this list only shrinks.
const NOT_YET_TRANSLATED: &[&str] = &[];

/// The English words left in a template outside its expressions: text between tags
/// and the values of the attributes people read (`placeholder`, `title`, `alt`,
/// `aria-label`, `value` of buttons), with `{{ … }}`, `{% … %}`, comments, scripts
/// and styles removed. The brand name and a few symbols may stay.
fn english_left(template: &str) -> Vec<String> {
    let mut text = template.to_string();
    for (open, close) in [
        ("{#", "#}"),
        ("<!--", "-->"),
        ("<script", "</script>"),
        ("<style", "</style>"),
        ("{{", "}}"),
        ("{%", "%}"),
    ] {
        while let Some(start) = text.find(open) {
            let end = text[start..]
                .find(close)
                .map_or(text.len(), |e| start + e + close.len());
            text.replace_range(start..end, " \u{1} ");
        }
    }
    let mut readable = String::new();
    let mut rest = text.as_str();
    while let Some(lt) = rest.find('<') {
        readable.push_str(&rest[..lt]);
        readable.push('\n');
        let end = rest[lt..].find('>').map_or(rest.len(), |e| lt + e + 1);
        let tag = &rest[lt..end];
        for attr in [
            "placeholder=\"",
            "title=\"",
            "alt=\"",
            "aria-label=\"",
            "label=\"",
        ] {
            for (i, _) in tag.match_indices(attr) {
                if tag[..i].ends_with(|c: char| c.is_whitespace()) {
                    let value = &tag[i + attr.len()..];
                    readable.push_str(value.split('"').next().unwrap_or(""));
                    readable.push('\n');
                }
            }
        }
        rest = &rest[end..];
    }
    readable.push_str(rest);
    readable
        .lines()
        .map(|line| line.replace('\u{1}', " ").replace("Plenary", ""))
        .filter(|line| {
            line.split(|c: char| !c.is_alphabetic())
                .any(|word| word.chars().count() >= 2)
        })
        .map(|line| line.trim().to_string())
        .collect()
}

#[test]
fn templates_hold_no_english_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut stack = vec![root.clone()];
    let mut offenders = Vec::new();
    let mut done_but_listed = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let left = english_left(&std::fs::read_to_string(&path).unwrap());
            let listed = NOT_YET_TRANSLATED.contains(&name.as_str());
            if listed && left.is_empty() {
                done_but_listed.push(name);
            } else if !listed && !left.is_empty() {
                offenders.push(format!("{name}: {left:?}"));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "English text in templates (use layout.t):\n{}",
        offenders.join("\n")
    );
    assert!(
        done_but_listed.is_empty(),
        "translated now, take off NOT_YET_TRANSLATED: {done_but_listed:?}"
    );
}

#[test]
fn every_language_has_exactly_the_messages_english_has() {
    let en = keys("en");
    assert!(en.len() >= 10, "{en:?}");
    for lang in LANGS {
        let other = keys(lang);
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
    }
}

#[test]
fn every_message_the_code_asks_for_exists_in_english() {
    let en = keys("en");
    let used = used_keys();
    assert!(used.contains("nav-sign-in"), "{used:?}");
    let missing: Vec<_> = used.difference(&en).collect();
    assert!(missing.is_empty(), "not in locales/en: {missing:?}");
}

#[tokio::test]
async fn the_language_comes_from_the_query_then_the_cookie_then_the_browser() {
    let app = TestApp::spawn_demo(5).await;
    // A browser asking for French.
    let r = app
        .client
        .get(app.url("/"))
        .header("accept-language", "de-CH, fr;q=0.9, en;q=0.5")
        .send()
        .await
        .unwrap();
    let vary = r
        .headers()
        .get_all("vary")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    assert!(vary.contains("Accept-Language"), "{vary}");
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"<html lang="fr" dir="ltr">"#), "{html}");
    assert!(html.contains("Se connecter"));
    assert!(html.contains(r#"hreflang="ar""#) && html.contains("العربية"));

    // ?lang=ar: Arabic, right to left, and remembered.
    let r = app.client.get(app.url("/?lang=ar")).send().await.unwrap();
    let cookies: Vec<String> = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap().to_string())
        .collect();
    assert!(
        cookies.iter().any(|c| c.starts_with("plenary_lang=ar;")),
        "{cookies:?}"
    );
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(html.contains("تسجيل الدخول"));
    let html = app
        .client
        .get(app.url("/login"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains(r#"<html lang="ar" dir="rtl">"#),
        "the choice outlives Accept-Language"
    );

    // An unknown or Traditional Chinese choice changes nothing; no header → English.
    for q in ["?lang=xx", "?lang=zh-TW", "?lang="] {
        let r = app
            .new_browser()
            .get(app.url(&format!("/{q}")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200, "{q}");
        assert!(
            r.headers()
                .get("set-cookie")
                .is_none_or(|c| !c.to_str().unwrap().contains("plenary_lang"))
        );
        assert!(
            r.text()
                .await
                .unwrap()
                .contains(r#"<html lang="en" dir="ltr">"#),
            "{q}"
        );
    }
    // Error pages speak the reader's language too.
    let r = app
        .new_browser()
        .get(app.url("/c/no-such-conference?lang=ru"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 404);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains(r#"<html lang="ru" dir="ltr">"#)
    );
}

/// `path` fetched by `client`, without Fluent's isolation marks (U+2068, U+2069).
async fn page_text(client: &reqwest::Client, app: &TestApp, path: &str) -> String {
    let r = client.get(app.url(path)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200, "{path}");
    r.text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// The first number in `text` (digits only, as in the demo's small counts).
fn first_number(text: &str) -> i64 {
    let digits: String = text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no number in {text:?}"))
}

/// The Russian noun after a count, by CLDR's rules (one / few / many).
fn russian<'a>(n: i64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => one,
        (2..=4, r) if !(12..=14).contains(&r) => few,
        _ => many,
    }
}

/// The Arabic count phrase by CLDR's rules (zero / one / two / few / many / other).
fn arabic(n: i64, forms: [&str; 6]) -> String {
    let form = match (n, n % 100) {
        (0, _) => forms[0],
        (1, _) => forms[1],
        (2, _) => forms[2],
        (_, 3..=10) => forms[3],
        (_, 11..=99) => forms[4],
        _ => forms[5],
    };
    form.replace("{n}", &n.to_string())
}

#[tokio::test]
async fn the_public_agenda_and_my_conference_speak_russian_and_arabic() {
    let app = TestApp::spawn_demo(30).await;
    let slug = "ip-ai-2020";

    // The public agenda, in Russian and in Arabic.
    let ru = page_text(
        &app.new_browser(),
        &app,
        &format!("/c/{slug}/agenda?lang=ru"),
    )
    .await;
    assert!(ru.contains(r#"<html lang="ru" dir="ltr">"#));
    assert!(ru.contains("<h1>Программа</h1>"), "{ru}");
    assert!(ru.contains("Время указано по часовому поясу"));
    assert!(ru.contains(">Сменить часовой пояс<"));
    assert!(ru.contains("Календарь (.ics)"));
    assert!(!ru.contains("Show times in") && !ru.contains("Speakers:"));
    let ar = page_text(
        &app.new_browser(),
        &app,
        &format!("/c/{slug}/agenda?lang=ar"),
    )
    .await;
    assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(ar.contains("<h1>البرنامج</h1>"));
    assert!(ar.contains("تُعرض الأوقات بتوقيت"));
    assert!(ar.contains(">تغيير المنطقة الزمنية<"));
    assert!(!ar.contains("Change time zone"));

    // The conference page's counts take the plural form the number asks for.
    let page = |html: &str| common::Page::parse(html);
    let en = page_text(&app.new_browser(), &app, &format!("/c/{slug}")).await;
    let en = page(&en);
    let registrants = first_number(&en.text("#reach"));
    let sessions = first_number(&en.text(".actions a.secondary"));
    let ru = page_text(&app.new_browser(), &app, &format!("/c/{slug}?lang=ru")).await;
    let reach = page(&ru).text("#reach");
    let noun = russian(registrants, "участник", "участника", "участников");
    assert!(
        reach.starts_with(&format!("{registrants} {noun} из ")),
        "{reach}"
    );
    let link = page(&ru).text(".actions a.secondary");
    let noun = russian(sessions, "заседание", "заседания", "заседаний");
    assert!(
        link.starts_with(&format!("Программа ({sessions} {noun} за ")),
        "{link}"
    );
    let ar = page_text(&app.new_browser(), &app, &format!("/c/{slug}?lang=ar")).await;
    let link = page(&ar).text(".actions a.secondary");
    let phrase = arabic(
        sessions,
        [
            "لا توجد جلسات",
            "جلسة واحدة",
            "جلستان",
            "{n} جلسات",
            "{n} جلسة",
            "{n} جلسة",
        ],
    );
    assert!(
        link.starts_with(&format!("عرض البرنامج ({phrase} على مدى")),
        "{link}"
    );

    // An attendee's My conference page.
    let browser = app.demo_browser("attendee@demo.plenary.test").await;
    let me = format!("/c/{slug}/me");
    let en = page_text(&browser, &app, &me).await;
    assert!(
        en.contains("You have picked"),
        "the demo attendee is confirmed"
    );
    let picked = first_number(en.split("You have picked").nth(1).unwrap());
    let ru = page_text(&browser, &app, &format!("{me}?lang=ru")).await;
    assert!(ru.contains("<h1>Моя конференция</h1>"));
    assert!(ru.contains("Ваша регистрация:"));
    assert!(ru.contains("Подтверждена"));
    assert!(ru.contains("Календарная подписка"));
    let noun = russian(picked, "заседание", "заседания", "заседаний");
    assert!(ru.contains(&format!("Вы выбрали {picked} {noun}.")), "{ru}");
    assert!(!ru.contains("Your registration:") && !ru.contains("Calendar feed"));
    let ar = page_text(&browser, &app, &format!("{me}?lang=ar")).await;
    assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(ar.contains("<h1>مؤتمري</h1>"));
    assert!(ar.contains("تسجيلكم:") && ar.contains("مؤكَّد"));
    let phrase = arabic(
        picked,
        [
            "لم تختاروا أي جلسة بعد.",
            "اخترتم جلسة واحدة.",
            "اخترتم جلستين.",
            "اخترتم {n} جلسات.",
            "اخترتم {n} جلسة.",
            "اخترتم {n} جلسة.",
        ],
    );
    assert!(ar.contains(&phrase), "{phrase}");
}

#[tokio::test]
async fn the_language_saved_in_the_profile_governs_pages_and_outlives_signing_in_again() {
    let app = TestApp::spawn_demo(5).await;
    let email = "attendee@demo.plenary.test";
    // A language chosen earlier with ?lang= gives way to the one saved in the profile.
    app.get("/?lang=ru").await;
    app.sign_in_demo(&app.client, email).await;
    let fields = [
        ("name", "Ann Example"),
        ("country", "ch"),
        ("organization", ""),
        ("time_zone", "Europe/Zurich"),
        ("language", "fr"),
    ];
    let r = app.submit("/account", "/account", &fields).await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, html) = app.get_html("/account").await;
    assert!(html.contains(r#"<html lang="fr" dir="ltr">"#), "{html}");
    assert!(
        html.contains("Vos coordonnées sont enregistrées."),
        "{html}"
    );
    assert!(html.contains("<h1>Votre compte</h1>"));
    assert!(html.contains(r#"<option value="fr" lang="fr" selected>"#));
    let (_, html) = app.get_html("/login").await;
    assert!(html.contains(r#"<html lang="fr" dir="ltr">"#));

    // Signed out, the browser has no language of its own any more: English.
    let r = app.submit("/account", "/logout", &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, html) = app.get_html("/login").await;
    assert!(html.contains(r#"<html lang="en" dir="ltr">"#), "{html}");
    assert!(html.contains("<h1>Sign in</h1>"));

    // Signing in again brings the profile's language back, from the very first page.
    app.sign_in_demo(&app.client, email).await;
    let (_, html) = app.get_html("/").await;
    assert!(html.contains(r#"<html lang="fr" dir="ltr">"#), "{html}");
    assert!(
        html.contains(&format!(
            "Vous êtes connecté(e) en tant que \u{2068}{email}\u{2069}."
        )),
        "{html}"
    );
    let (_, html) = app.get_html("/account/password").await;
    assert!(html.contains("Modifier votre mot de passe"));

    // Validation messages come in the reader's language too.
    let r = app
        .submit(
            "/account/password",
            "/account/password",
            &[("current", ""), ("password", "short")],
        )
        .await;
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Saisissez votre mot de passe actuel"),
        "{html}"
    );
    assert!(
        html.contains("Le mot de passe doit comporter au moins \u{2068}10\u{2069} caractères"),
        "{html}"
    );
    assert!(html.contains("<title>Erreur : \u{2068}Modifier votre mot de passe\u{2069}"));
}

/// The Arabic plural category of `n` (CLDR): zero, one, two, few (3–10 mod 100),
/// many (11–99 mod 100), other.
fn arabic_category(n: i64) -> &'static str {
    match (n, n % 100) {
        (0, _) => "zero",
        (1, _) => "one",
        (2, _) => "two",
        (_, 3..=10) => "few",
        (_, 11..=99) => "many",
        _ => "other",
    }
}

#[tokio::test]
async fn the_registrations_and_statistics_pages_speak_french_and_arabic_with_plurals() {
    use plenary::db::schema::registrations;
    use plenary::domain::l10n::strip_isolation;
    use plenary::domain::lang::Lang;

    let app = TestApp::spawn_demo_signed_in(40, "organizer@demo.plenary.test").await;
    let (total, confirmed) = app
        .with_db(|c| {
            use diesel::dsl::count_star;
            use diesel::prelude::*;
            let all = registrations::table.select(count_star());
            let total: i64 = all.first(c).unwrap();
            let confirmed: i64 = registrations::table
                .filter(registrations::status.eq("confirmed"))
                .select(count_star())
                .first(c)
                .unwrap();
            (total, confirmed)
        })
        .await;
    assert!(total > 2 && confirmed > 2, "{total} {confirmed}");
    let page = |path: &'static str| {
        let app = &app;
        async move {
            let (status, html) = app.get_html(path).await;
            assert_eq!(status, 200, "{path}");
            strip_isolation(&html)
        }
    };

    let fr = page("/organize/c/ip-ai-2020/registrations?lang=fr").await;
    assert!(fr.contains(r#"<html lang="fr" dir="ltr">"#));
    assert!(fr.contains("<h1>Inscriptions</h1>"), "{fr}");
    assert!(fr.contains("<label for=\"q\">Rechercher</label>"));
    let n = Lang::Fr.number(total);
    assert!(
        fr.contains(&format!("Télécharger ces {n} inscriptions au format CSV")),
        "{fr}"
    );
    assert!(fr.contains("Sur la liste d&#39;attente") || fr.contains("Sur la liste d'attente"));

    let ar = page("/organize/c/ip-ai-2020/registrations?lang=ar").await;
    assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(ar.contains("<h1>التسجيلات</h1>"), "{ar}");
    let n = Lang::Ar.number(total);
    let expected = match arabic_category(total) {
        "few" => format!("تنزيل هذه التسجيلات الـ{n} بصيغة CSV"),
        "many" => format!("تنزيل هذه الـ{n} تسجيلًا بصيغة CSV"),
        _ => format!("تنزيل هذه الـ{n} تسجيل بصيغة CSV"),
    };
    assert!(ar.contains(&expected), "{expected} in {ar}");

    let fr = page("/organize/c/ip-ai-2020/stats?lang=fr").await;
    assert!(fr.contains("<h1>Statistiques</h1>"), "{fr}");
    assert!(
        fr.contains(&format!("{} inscrits de ", Lang::Fr.number(confirmed))),
        "{fr}"
    );
    assert!(fr.contains("Inscriptions par statut"));

    let ar = page("/organize/c/ip-ai-2020/stats?lang=ar").await;
    assert!(ar.contains("<h1>الإحصاءات</h1>"), "{ar}");
    let n = Lang::Ar.number(confirmed);
    let reach = match arabic_category(confirmed) {
        "few" => format!("{n} مسجَّلين من "),
        "many" => format!("{n} مسجَّلًا من "),
        _ => format!("{n} مسجَّل من "),
    };
    assert!(ar.contains(&reach), "{reach} in {ar}");
    assert!(ar.contains("التسجيلات حسب الحالة"));
    assert!(!ar.contains("Registrations by status"));
}

/// The page without the isolation marks Fluent puts around placeables.
fn plain(html: &str) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test]
async fn the_moderators_session_page_and_the_organizers_agenda_speak_russian_and_chinese() {
    use plenary::domain::l10n::t_count;
    use plenary::domain::lang::Lang;

    let app = TestApp::spawn_demo(20).await;
    let moderator = app.new_browser();
    app.sign_in_demo(&moderator, "moderator@demo.plenary.test")
        .await;
    let get = |client: &reqwest::Client, path: String| {
        let url = app.url(&path);
        let client = client.clone();
        async move {
            let r = client.get(url).send().await.unwrap();
            assert_eq!(r.status().as_u16(), 200, "{path}");
            plain(&r.text().await.unwrap())
        }
    };
    let mine = get(&moderator, "/moderate?lang=ru".into()).await;
    assert!(mine.contains("<h1>Мои заседания</h1>"), "{mine}");
    let start = mine
        .find("href=\"/moderate/c/")
        .expect("a session of the demo moderator")
        + "href=\"".len();
    let session = mine[start..].split('"').next().unwrap().to_string();

    let ru = get(&moderator, format!("{session}?lang=ru")).await;
    assert!(ru.contains(r#"<html lang="ru" dir="ltr">"#));
    assert!(ru.contains(">Порядок выступлений</h2>"), "{ru}");
    assert!(ru.contains(">Участники по странам</h2>"), "{ru}");
    // The count of countries in the summary takes the Russian plural form.
    let countries = ru.matches("<tr><th scope=\"row\">").count() as i64 - 1;
    assert!(countries > 0, "{ru}");
    let phrase = plain(&t_count(Lang::Ru, "orgb-cc-countries", countries));
    assert!(ru.contains(&format!("из {phrase};")), "{phrase} in {ru}");
    assert_eq!(
        plain(&t_count(Lang::Ru, "orgb-cc-countries", 1)),
        "1 страны"
    );
    assert_eq!(plain(&t_count(Lang::Ru, "orgb-cc-countries", 3)), "3 стран");
    assert_eq!(
        plain(&t_count(Lang::Ru, "orgb-picked-count", 21)),
        "Это заседание выбрал 21 участник."
    );
    assert_eq!(
        plain(&t_count(Lang::Ru, "orgb-picked-count", 3)),
        "Это заседание выбрали 3 участника."
    );
    assert_eq!(
        plain(&t_count(Lang::Ru, "orgb-picked-count", 11)),
        "Это заседание выбрали 11 участников."
    );

    let zh = get(&moderator, format!("{session}?lang=zh")).await;
    assert!(zh.contains(r#"<html lang="zh" dir="ltr">"#));
    assert!(zh.contains(">发言顺序</h2>"), "{zh}");
    assert!(zh.contains(">按国家统计的与会者</h2>"), "{zh}");

    let organizer = app.new_browser();
    app.sign_in_demo(&organizer, "organizer@demo.plenary.test")
        .await;
    let agenda = "/organize/c/ip-ai-2020/agenda";
    let ru = get(&organizer, format!("{agenda}?lang=ru")).await;
    assert!(ru.contains("<h1>Программа</h1>"), "{ru}");
    assert!(ru.contains(">Добавить заседание</a>"));
    assert!(ru.contains("<th scope=\"col\">Заседание</th>"));
    assert!(ru.contains(">Обзор</a>"), "the back office's navigation");
    let zh = get(&organizer, format!("{agenda}?lang=zh")).await;
    assert!(zh.contains("<h1>议程</h1>"), "{zh}");
    assert!(zh.contains(">添加场次</a>"));
    assert!(!zh.contains(">Agenda<"), "{zh}");
}
