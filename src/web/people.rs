//! Public faces of the people in a programme: the cards on a session page and the page
//! of each moderator or speaker at `/c/{slug}/people/{id}` listing their sessions.
//! Only people who consented to be shown get a card or a page; for the others the
//! page does not exist (404) and the session page shows their name only.

use std::collections::HashMap;

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::AppState;
use super::agenda_view::{AgendaItem, agenda_item};
use super::error::AppError;
use super::extract::published_conference;
use super::render::{Layout, html};
use super::zone::{TzQuery, viewer_zone, with_zone_cookie};
use crate::db;
use crate::db::identity::Identity;
use crate::db::sessions::Person;
use crate::domain::UserId;
use crate::domain::profile::Profile;
use crate::domain::text::country_name;
use crate::domain::timefmt::long_date;

/// A consenting person as a card: shown on session pages and atop their own page.
#[derive(Clone, Debug)]
pub struct PersonCard {
    pub href: String,
    pub role: String,
    pub name: String,
    pub honorific: String,
    pub job_title: String,
    pub organisation: String,
    pub country: String,
    pub biography: Vec<String>,
    pub photo: Option<String>,
}

impl PersonCard {
    pub fn new(slug: &str, person: &Person, profile: &Profile) -> Self {
        Self {
            href: format!("/c/{slug}/people/{}", person.user_id),
            role: super::agenda_view::role_label(person.role),
            name: person.name.clone(),
            honorific: profile.honorific.clone(),
            job_title: profile.job_title.clone(),
            organisation: if profile.organisation.is_empty() {
                person.organization.clone().unwrap_or_default()
            } else {
                profile.organisation.clone()
            },
            country: if profile.country.is_empty() {
                String::new()
            } else {
                country_name(&profile.country)
            },
            biography: profile
                .biography
                .split("\n\n")
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty())
                .collect(),
            photo: profile.photo.as_ref().map(|h| format!("/images/{h}")),
        }
    }

    /// The name with its honorific, as printed: "H.E. Amina Diallo".
    pub fn full_name(&self) -> String {
        if self.honorific.is_empty() {
            self.name.clone()
        } else {
            format!("{} {}", self.honorific, self.name)
        }
    }
}

/// Cards for the consenting people of a session, in its order.
pub fn cards(slug: &str, people: &[Person], shown: &HashMap<UserId, Profile>) -> Vec<PersonCard> {
    people
        .iter()
        .filter_map(|p| shown.get(&p.user_id).map(|pr| PersonCard::new(slug, p, pr)))
        .collect()
}

#[derive(Template)]
#[template(path = "public/person.html")]
pub struct PersonPage {
    pub layout: Layout,
    pub slug: String,
    pub conference_title: String,
    pub card: PersonCard,
    pub tz_name: String,
    /// Each session with its date in the viewer's zone.
    pub sessions: Vec<(String, AgendaItem)>,
    pub identity: Identity,
}

#[tracing::instrument(name = "people::person", skip_all, fields(slug = %path.0))]
pub async fn person(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    query: web::Query<TzQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, raw) = path.into_inner();
    let id = UserId::parse(&raw).ok_or(AppError::NotFound)?;
    let (conf, sessions, profile, identity) = state
        .db
        .run(move |c| {
            let mut conf = published_conference(c, &slug)?;
            let mut sessions: Vec<_> = db::sessions::for_conference(c, conf.id)?
                .into_iter()
                .filter(|s| s.people.iter().any(|p| p.user_id == id))
                .collect();
            let reader = crate::domain::l10n::current();
            db::content::localize_conference(c, &mut conf, reader)?;
            db::content::localize_sessions(c, &mut sessions, reader, conf.default_language)?;
            let profile = db::profiles::shown(c, &[id])?.remove(&id);
            let identity = db::identity::of(c, conf.id)?;
            Ok::<_, AppError>((conf, sessions, profile, identity))
        })
        .await?;
    let (Some(profile), Some(first)) = (profile, sessions.first()) else {
        return Err(AppError::NotFound);
    };
    let person = first
        .people
        .iter()
        .find(|p| p.user_id == id)
        .ok_or(AppError::NotFound)?;
    let card = PersonCard::new(&conf.slug, person, &profile);
    let zone = viewer_zone(&req, &query, conf.tz);
    let tz = zone.tz;
    let page = PersonPage {
        layout: Layout::from_cookie(&cookie),
        sessions: sessions
            .iter()
            .map(|s| {
                let date = long_date(s.starts_at.with_timezone(&tz).date_naive());
                (date, agenda_item(&conf.slug, s, tz))
            })
            .collect(),
        tz_name: tz.name().to_string(),
        card,
        identity,
        slug: conf.slug,
        conference_title: conf.title,
    };
    Ok(with_zone_cookie(html(&page)?, &zone))
}
