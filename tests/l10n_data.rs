//! Dates, countries and time zones in the reader's language: the country list is
//! named and sorted the reader's way and searched in their language and in English,
//! dates carry the language's month names, and the zone picker names cities as the
//! reader does.

mod common;

use common::TestApp;
use common::html::{Page, text_of};

/// The country select's options (code, name, `data-search`) on `path`.
async fn countries(app: &TestApp, path: &str) -> Vec<(String, String, String)> {
    let (status, html) = app.get_html(path).await;
    assert_eq!(status, 200, "{path}");
    let page = Page::parse(&html);
    page.select("select#country option")
        .into_iter()
        .filter(|o| !o.value().attr("value").unwrap_or("").is_empty())
        .map(|o| {
            (
                o.value().attr("value").unwrap_or("").to_string(),
                text_of(o),
                o.value().attr("data-search").unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn position(list: &[(String, String, String)], code: &str) -> usize {
    list.iter()
        .position(|(c, _, _)| c == code)
        .unwrap_or_else(|| panic!("{code} is not in the list"))
}

/// The rule of the browser filter (`static/app.js`): every word of the folded query
/// occurs in one of the `data-search` names.
fn finds(search: &str, query: &str) -> bool {
    let q = query.to_lowercase();
    search
        .split(" | ")
        .any(|name| q.split(' ').all(|w| name.contains(w)))
}

#[tokio::test]
async fn a_chinese_readers_country_list_is_in_chinese_and_finds_japan_both_ways() {
    let app = TestApp::spawn_demo(5).await;
    let list = countries(&app, "/c/ip-ai-2020/register?lang=zh").await;
    let japan = &list[position(&list, "JP")];
    assert_eq!(japan.1, "日本");
    assert!(finds(&japan.2, "日本"), "{}", japan.2);
    assert!(finds(&japan.2, "japan"), "{}", japan.2);
    let (_, ch, _) = &list[position(&list, "CH")];
    assert_eq!(ch, "瑞士");
    // Pinyin order: 阿富汗 (Āfùhàn) before 巴西 (Bāxī) before 中国 (Zhōngguó),
    // whatever their code points.
    assert!(position(&list, "AF") < position(&list, "BR"));
    assert!(position(&list, "BR") < position(&list, "CN"));
    // Only one option holds 日本, so a filter for it leaves one choice.
    assert_eq!(list.iter().filter(|c| finds(&c.2, "日本")).count(), 1);
}

#[tokio::test]
async fn a_french_list_has_cote_divoire_among_the_cs() {
    let app = TestApp::spawn_demo(5).await;
    let list = countries(&app, "/c/ip-ai-2020/register?lang=fr").await;
    let ci = position(&list, "CI");
    assert_eq!(list[ci].1, "Côte d’Ivoire");
    assert_eq!(list[ci - 1].1, "Costa Rica");
    assert_eq!(list[ci + 1].1, "Croatie");
    // Accented initials sort with their letter: Égypte first among the E's, before
    // the United Arab Emirates, not after Zimbabwe.
    let eg = position(&list, "EG");
    assert!(list[eg - 1].1.starts_with('D'), "{}", list[eg - 1].1);
    assert_eq!(list[eg + 1].1, "Émirats arabes unis");
    // Found by its French name without accents, by English names and by aliases.
    assert!(finds(&list[ci].2, "cote"));
    assert!(finds(&list[ci].2, "ivory coast"));
    let de = &list[position(&list, "DE")];
    assert_eq!(de.1, "Allemagne");
    assert!(finds(&de.2, "germany") && finds(&de.2, "allemagne"));
    let us = &list[position(&list, "US")];
    assert!(finds(&us.2, "usa") && finds(&us.2, "etats unis"));
}

#[tokio::test]
async fn arabic_and_russian_lists_sort_in_their_alphabets() {
    let app = TestApp::spawn_demo(5).await;
    let ru = countries(&app, "/c/ip-ai-2020/register?lang=ru").await;
    assert_eq!(ru[position(&ru, "DE")].1, "Германия");
    // Австралия (A) before Бразилия (Б) before Япония (Я).
    assert!(position(&ru, "AU") < position(&ru, "BR"));
    assert!(position(&ru, "BR") < position(&ru, "JP"));
    let ar = countries(&app, "/c/ip-ai-2020/register?lang=ar").await;
    assert_eq!(ar[position(&ar, "EG")].1, "مصر");
    // ألمانيا (alif) before مصر (mīm) before هولندا (hāʼ), as the alphabet goes.
    assert!(position(&ar, "DE") < position(&ar, "EG"));
    assert!(position(&ar, "EG") < position(&ar, "NL"));
}

#[tokio::test]
async fn english_keeps_its_names_and_order() {
    let app = TestApp::spawn_demo(5).await;
    let en = countries(&app, "/c/ip-ai-2020/register").await;
    assert_eq!(en[position(&en, "SZ")].1, "Eswatini");
    assert_eq!(en[position(&en, "TR")].1, "Türkiye");
    let kr = &en[position(&en, "KR")];
    assert!(finds(&kr.2, "south korea"), "{}", kr.2);
    assert!(position(&en, "CH") > position(&en, "SE"));
}

#[tokio::test]
async fn conference_dates_use_the_readers_month_names() {
    let app = TestApp::spawn_demo(5).await;
    let (_, en) = app.get_html("/c/ip-ai-2020?lang=en").await;
    let (_, ru) = app.get_html("/c/ip-ai-2020?lang=ru").await;
    let (_, ar) = app.get_html("/c/ip-ai-2020?lang=ar").await;
    let (_, zh) = app.get_html("/c/ip-ai-2020?lang=zh").await;
    let (_, fr) = app.get_html("/c/ip-ai-2020?lang=fr").await;
    assert!(en.contains("July 2020"), "{en}");
    // Russian months in the genitive after a day ("7 июля"), Arabic month names,
    // Chinese year-month-day.
    assert!(ru.contains("июля 2020 г."), "{ru}");
    assert!(ar.contains("يوليو 2020"), "{ar}");
    assert!(zh.contains("2020年7月"), "{zh}");
    assert!(fr.contains("juillet 2020"), "{fr}");
}

#[tokio::test]
async fn the_zone_picker_names_cities_in_the_readers_language() {
    let app = TestApp::spawn_demo(5).await;
    let label = |html: &str, zone: &str| {
        let page = Page::parse(html);
        page.select("datalist#tz-list option")
            .into_iter()
            .find(|o| o.value().attr("value") == Some(zone))
            .and_then(|o| o.value().attr("label").map(str::to_string))
            .unwrap_or_else(|| panic!("{zone} is not offered"))
    };
    let (_, fr) = app.get_html("/c/ip-ai-2020/agenda?lang=fr").await;
    let shanghai = label(&fr, "Asia/Shanghai");
    assert!(
        shanghai.contains("Chine") && shanghai.contains("Pékin"),
        "{shanghai}"
    );
    assert!(shanghai.ends_with("UTC+8"), "{shanghai}");
    assert!(label(&fr, "Africa/Cairo").contains("Le Caire"));
    let (_, zh) = app.get_html("/c/ip-ai-2020/agenda?lang=zh").await;
    let shanghai = label(&zh, "Asia/Shanghai");
    assert!(
        shanghai.contains("中国") && shanghai.contains("北京"),
        "{shanghai}"
    );
    let (_, en) = app.get_html("/c/ip-ai-2020/agenda?lang=en").await;
    assert!(label(&en, "Asia/Shanghai").contains("Beijing"));
    // What a reader types in their language finds the zone.
    let (status, html) = app
        .get_html("/c/ip-ai-2020/agenda?lang=fr&tz=P%C3%A9kin")
        .await;
    assert_eq!(status, 200);
    assert!(
        html.contains("CST (UTC+8)"),
        "Pékin did not pick Asia/Shanghai"
    );
}

#[tokio::test]
async fn an_unknown_zone_is_explained_in_the_readers_language() {
    let app = TestApp::spawn_demo(5).await;
    let (_, html) = app.get_html("/c/ip-ai-2020/agenda?lang=fr&tz=Mars").await;
    assert!(
        html.contains("n’est pas un fuseau horaire que nous connaissons"),
        "{html}"
    );
    assert!(html.contains("Europe/Zurich"));
}
