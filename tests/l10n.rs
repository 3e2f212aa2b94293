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

/// The message ids the templates and the code look up: `.t("id")`, `.t_count("id"`.
fn used_keys() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = BTreeSet::new();
    let mut stack = vec![root.join("templates"), root.join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for marker in [".t(\"", ".t_count(\""] {
                for (i, _) in text.match_indices(marker) {
                    let rest = &text[i + marker.len()..];
                    let id: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    if !id.is_empty() && rest[id.len()..].starts_with('"') {
                        out.insert(id);
                    }
                }
            }
        }
    }
    out
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
