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
const NOT_YET_TRANSLATED: &[&str] = &[
    // public pages and attendee pages (helper l10n-public)
    "attendee/cancel.html",
    "attendee/closed.html",
    "attendee/confirm.html",
    "attendee/join.html",
    "attendee/me.html",
    "attendee/mine.html",
    "attendee/resend.html",
    "attendee/sent.html",
    "attendee/stream.html",
    "attendee/video_failed.html",
    "error.html",
    "macros.html",
    "public/agenda.html",
    "public/conference.html",
    "public/draft_banner.html",
    "public/home.html",
    "public/identity_hero.html",
    "public/people_cards.html",
    "public/person.html",
    "public/session.html",
    "public/unsubscribe.html",
    // sign-up form (helper registration)
    // account pages (helper l10n-account)
    "account/delete.html",
    "account/email.html",
    "account/email_confirm.html",
    "account/index.html",
    "account/login.html",
    "account/password.html",
    "account/profile.html",
    "account/reset_request.html",
    // mail (helper l10n-mail)
    "email/layout.html",
    "organize/announcements/mail.html",
    "organize/announcements/mail.txt",
    // back office: registrations, people, mail, statistics (helper l10n-organize-a)
    "organize/announcements/index.html",
    "organize/announcements/new.html",
    "organize/announcements/preview.html",
    "organize/announcements/show.html",
    "organize/audit.html",
    "organize/invite.html",
    "organize/outbox.html",
    "organize/people.html",
    "organize/registrations/bulk_confirm.html",
    "organize/registrations/bulk_form.html",
    "organize/registrations/index.html",
    "organize/registrations/show.html",
    "organize/session_people.html",
    "organize/stats.html",
    // back office: conference, agenda, video; moderators (helper l10n-organize-b)
    "moderate/index.html",
    "moderate/parts.html",
    "moderate/roster.html",
    "moderate/roster_live.html",
    "moderate/session.html",
    "organize/agenda.html",
    "organize/conference_form.html",
    "organize/conflict.html",
    "organize/identity.html",
    "organize/index.html",
    "organize/limits_confirm.html",
    "organize/nav.html",
    "organize/overview.html",
    "organize/session_cancel.html",
    "organize/session_delete.html",
    "organize/session_form.html",
    "organize/session_video.html",
    "organize/unpublish.html",
    "organize/video.html",
];

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
