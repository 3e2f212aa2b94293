//! The public list of participants `/c/{slug}/participants` (with `.csv` and a
//! printable view `/print`): confirmed participants who consented, grouped by country
//! (named in the reader's language, in the reader's order) then by organisation or
//! delegation, with counts. A conference shows it only when its organizers turned it
//! on (else 404, as for an unpublished conference). Rendered per request, never from
//! the page cache, so a consent withdrawn in My conference is off the list at once.
//! [`group`] also lays out the organizers' preview and internal list.

use actix_session::Session as Cookie;
use actix_web::http::header;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::db::participants::Participant;
use crate::db::{self, conferences::Conference};
use crate::domain::countries::collation_key;
use crate::domain::l10n::tr;
use crate::domain::text::country_name;
use crate::domain::timefmt::date_span;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::exports::csv_response;
use crate::web::extract::{MaybeUser, published_conference};
use crate::web::render::{Layout, html};

/// The people of one organisation or delegation within a country.
pub struct OrgGroup {
    /// Empty when they gave none.
    pub name: String,
    pub count: i64,
    pub people: Vec<Participant>,
}

/// The participants of one country.
pub struct CountryGroup {
    pub code: String,
    /// In the reader's language.
    pub name: String,
    pub count: i64,
    pub orgs: Vec<OrgGroup>,
}

/// Groups by country (by the name in the reader's language, in its collation order),
/// then by organisation (those without one last), people by name.
pub fn group(rows: Vec<Participant>) -> Vec<CountryGroup> {
    let mut rows: Vec<(String, Participant)> = rows
        .into_iter()
        .map(|p| (country_name(p.country.alpha2()), p))
        .collect();
    rows.sort_by_cached_key(|(country, p)| {
        (
            collation_key(country),
            p.organisation.trim().is_empty(),
            collation_key(p.organisation.trim()),
            collation_key(&p.name),
        )
    });
    let mut out: Vec<CountryGroup> = Vec::new();
    for (country, p) in rows {
        let code = p.country.alpha2().to_string();
        if out.last().is_none_or(|g| g.code != code) {
            out.push(CountryGroup {
                code,
                name: country,
                count: 0,
                orgs: Vec::new(),
            });
        }
        let Some(g) = out.last_mut() else { continue };
        g.count += 1;
        let org = p.organisation.trim().to_string();
        match g.orgs.last_mut() {
            Some(o) if o.name == org => {
                o.count += 1;
                o.people.push(p);
            }
            _ => g.orgs.push(OrgGroup {
                name: org,
                count: 1,
                people: vec![p],
            }),
        }
    }
    out
}

#[derive(Template)]
#[template(path = "public/participants.html")]
pub struct ParticipantsPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub dates: String,
    pub groups: Vec<CountryGroup>,
    pub total: i64,
    pub countries: i64,
    /// The printable view: no links, a heading for the record.
    pub print: bool,
}

/// The published conference and its consenting participants, or 404 when the list
/// is off.
async fn load(state: &AppState, slug: String) -> Result<(Conference, Vec<Participant>), AppError> {
    state
        .db
        .run(move |c| {
            let conf = published_conference(c, &slug)?;
            if !db::participants::settings(c, conf.id)?.list_enabled {
                return Err(AppError::NotFound);
            }
            let rows = db::participants::listed(c, conf.id)?;
            Ok((conf, rows))
        })
        .await
}

fn no_store(mut r: HttpResponse) -> HttpResponse {
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("private, no-store"),
    );
    r
}

async fn page(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: MaybeUser,
    slug: String,
    print: bool,
) -> Result<HttpResponse, AppError> {
    let (conf, rows) = load(&state, slug).await?;
    let layout = match &user.0 {
        Some(_) => Layout::from_cookie(&cookie),
        None => Layout::public(&cookie),
    };
    let groups = group(rows);
    html(&ParticipantsPage {
        layout,
        total: groups.iter().map(|g| g.count).sum(),
        countries: groups.len() as i64,
        groups,
        dates: date_span(conf.starts_on, conf.ends_on),
        slug: conf.slug,
        title: conf.title,
        print,
    })
    .map(no_store)
}

#[tracing::instrument(name = "participants::list", skip_all, fields(slug = %slug))]
pub async fn list(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    page(state, cookie, user, slug.into_inner(), false).await
}

#[tracing::instrument(name = "participants::print", skip_all, fields(slug = %slug))]
pub async fn print(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    page(state, cookie, user, slug.into_inner(), true).await
}

/// The CSV header row, in the reader's language.
pub fn csv_headers() -> [String; 4] {
    [
        tr("part-col-country"),
        tr("part-col-country-code"),
        tr("part-col-organisation"),
        tr("part-col-name"),
    ]
}

/// One CSV row per person, in the page's order.
pub fn csv_rows(groups: &[CountryGroup]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for g in groups {
        for o in &g.orgs {
            for p in &o.people {
                out.push(vec![
                    g.name.clone(),
                    g.code.clone(),
                    o.name.clone(),
                    p.name.clone(),
                ]);
            }
        }
    }
    out
}

#[tracing::instrument(name = "participants::csv", skip_all, fields(slug = %slug))]
pub async fn csv(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (conf, rows) = load(&state, slug.into_inner()).await?;
    let groups = group(rows);
    let headers = csv_headers();
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let bytes = crate::export::csv::to_csv(&headers, csv_rows(&groups))
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(csv_response(
        &format!("{}-participants.csv", conf.slug),
        bytes,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CountryCode;
    use crate::domain::status::RegistrationStatus;

    fn p(name: &str, org: &str, country: &str) -> Participant {
        Participant {
            name: name.into(),
            organisation: org.into(),
            country: CountryCode::parse(country).unwrap(),
            email: String::new(),
            status: RegistrationStatus::Confirmed,
            consent: true,
        }
    }

    #[test]
    fn groups_by_country_name_then_organisation_with_counts() {
        let g = group(vec![
            p("Zoë", "", "CH"),
            p("Ana", "Mission of Chile", "CL"),
            p("Bea", "WIPO", "CH"),
            p("Ali", "WIPO", "CH"),
            p("Côme", "", "CI"),
        ]);
        let names: Vec<&str> = g.iter().map(|g| g.code.as_str()).collect();
        // Chile, Côte d'Ivoire, Switzerland: by name, accents folded.
        assert_eq!(names, ["CL", "CI", "CH"]);
        let ch = &g[2];
        assert_eq!(ch.count, 3);
        assert_eq!(ch.orgs[0].name, "WIPO");
        assert_eq!(ch.orgs[0].people[0].name, "Ali");
        assert_eq!(ch.orgs[1].name, "", "no organisation comes last");
        assert_eq!(csv_rows(&g).len(), 5);
    }
}
