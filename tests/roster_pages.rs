//! The moderators' roster in pages of `PAGE_SIZE` rows: every enrolled person is on
//! exactly one page, the pager links keep the filters and sort, and search and
//! filters run over all rows (not only the page shown).

mod common;

use common::{Page, TestApp, opening_id};
use diesel::prelude::*;
use plenary::db::schema::{enrollments, registrations, users};
use plenary::web::moderate::roster::PAGE_SIZE;

const MODERATOR: &str = "moderator@demo.plenary.test";

fn ids(html: &str) -> Vec<String> {
    Page::parse(html)
        .select("tr[id^=r-]")
        .into_iter()
        .map(|tr| {
            tr.value()
                .id()
                .unwrap()
                .trim_start_matches("r-")
                .to_string()
        })
        .collect()
}

fn link(html: &str, rel: &str) -> Option<String> {
    Page::parse(html)
        .select(&format!(".roster-pager a[rel={rel}]"))
        .first()
        .map(|a| a.value().attr("href").unwrap().to_string())
}

#[tokio::test]
async fn a_large_roster_comes_in_pages_and_search_covers_every_row() {
    let app = TestApp::spawn_demo(400).await;
    let open = opening_id(&app).await;
    let sid = open.clone();
    let mut people: Vec<(String, String)> = app
        .with_db(move |c| {
            enrollments::table
                .inner_join(registrations::table.left_join(users::table))
                .filter(enrollments::session_id.eq(sid))
                .filter(enrollments::status.eq("enrolled"))
                .select((registrations::id, users::name.assume_not_null()))
                .load(c)
                .unwrap()
        })
        .await;
    assert!(people.len() as i64 > PAGE_SIZE, "{} enrolled", people.len());
    let moderator = app.demo_browser(MODERATOR).await;
    let get = |path: String| {
        let (moderator, url) = (moderator.clone(), app.url(&path));
        async move {
            moderator
                .get(url)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    // Walk the pages with the "Next page" links, sorted by country and by name (whose
    // first page walks the people by name and later pages sort the rows).
    let mut all: Vec<String> = people.iter().map(|p| p.0.clone()).collect();
    all.sort();
    for sort in ["country", "name"] {
        let mut path = format!("/moderate/c/ip-ai-2020/sessions/{open}/roster?sort={sort}");
        let mut seen = Vec::new();
        let mut pages = 0;
        loop {
            let html = get(path.clone()).await;
            let shown = ids(&html);
            assert!(shown.len() as i64 <= PAGE_SIZE);
            pages += 1;
            seen.extend(shown);
            match link(&html, "next") {
                Some(next) => {
                    assert!(next.contains("page="), "{next}");
                    if sort == "country" {
                        assert!(next.contains("sort=country"), "{next}");
                    }
                    path = next.replace("&amp;", "&");
                }
                None => break,
            }
        }
        assert_eq!(pages, (people.len() as i64 + PAGE_SIZE - 1) / PAGE_SIZE);
        seen.sort();
        assert_eq!(
            seen, all,
            "sorted by {sort}: every person on exactly one page"
        );
    }

    // The person last by name is on the last page, and a search finds them from page 1.
    people.sort_by_key(|p| p.1.to_lowercase());
    let (last_id, last_name) = people.last().unwrap().clone();
    let first_page = get(format!("/moderate/c/ip-ai-2020/sessions/{open}/roster")).await;
    assert!(!ids(&first_page).contains(&last_id));
    let found = get(format!(
        "/moderate/c/ip-ai-2020/sessions/{open}/roster?q={}",
        last_name.replace(' ', "+")
    ))
    .await;
    assert!(ids(&found).contains(&last_id), "search runs over every row");
    // A page past the end shows no rows and a way back, never an error.
    let beyond = get(format!(
        "/moderate/c/ip-ai-2020/sessions/{open}/roster?page=999"
    ))
    .await;
    assert!(ids(&beyond).is_empty());
    assert!(link(&beyond, "prev").is_some());
}

/// Each enrollment carries its registration's country (the roster's counts and
/// country filter read it from the enrollment): set when the enrollment is made and
/// changed with the registration, whoever writes, on both backends.
#[actix_web::test]
async fn an_enrollment_follows_its_registrations_country() {
    let app = TestApp::spawn_demo(50).await;
    let open = opening_id(&app).await;
    let (copied, moved) = app
        .with_db(move |c| {
            let rows: Vec<(String, String, String)> = enrollments::table
                .inner_join(registrations::table)
                .select((
                    registrations::id,
                    registrations::country,
                    enrollments::country,
                ))
                .load(c)
                .unwrap();
            let copied = rows.iter().all(|(_, r, e)| r == e) && !rows.is_empty();
            let rid: String = enrollments::table
                .filter(enrollments::session_id.eq(&open))
                .select(enrollments::registration_id)
                .first(c)
                .unwrap();
            diesel::update(registrations::table.find(&rid))
                .set(registrations::country.eq("IS"))
                .execute(c)
                .unwrap();
            let moved: Vec<String> = enrollments::table
                .filter(enrollments::registration_id.eq(&rid))
                .select(enrollments::country)
                .load(c)
                .unwrap();
            (copied, moved)
        })
        .await;
    assert!(copied, "every enrollment has its registration's country");
    assert!(
        !moved.is_empty() && moved.iter().all(|c| c == "IS"),
        "{moved:?}"
    );
}
