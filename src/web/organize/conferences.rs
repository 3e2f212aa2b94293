//! Creating and editing a conference (admins create; organizers edit their own),
//! and publishing it.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Deserialize;

use super::{OrgNav, Section};
use crate::db::conferences::Conference;
use crate::domain::agenda::local_to_utc;
use crate::domain::l10n::{self, Arg};
use crate::domain::text::clean_text;
use crate::domain::timefmt::datetime_local_input;
use crate::domain::{Email, FieldErrors, TimeZone};
use crate::service;
use crate::service::conferences::{self as svc, Changes, ConferenceInput};
use crate::web::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::{CurrentUser, OrganizerConference};
use crate::web::render::{Layout, flash, html, see_other};

/// The settings form exactly as typed.
#[derive(Default, Deserialize, Clone)]
pub struct ConferenceForm {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub registration_opens_at: String,
    #[serde(default)]
    pub registration_closes_at: String,
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub country_quota: String,
    #[serde(default)]
    pub join_lead_minutes: String,
    #[serde(default)]
    pub privacy_notice: String,
    #[serde(default)]
    pub sender_email: String,
    #[serde(default)]
    pub short_name: String,
    #[serde(default)]
    pub speakers_see_roster: Option<String>,
    #[serde(default)]
    pub reminders_enabled: Option<String>,
    #[serde(default)]
    pub reminder_minutes: String,
    #[serde(default)]
    pub default_language: String,
    /// The content languages ticked ("en fr es"; the default is always one).
    #[serde(default, flatten)]
    pub content: super::content::LanguageBoxes,
    /// "yes" once the organizer saw how many the new limits promote.
    #[serde(default)]
    pub confirm_promotions: String,
}

/// A whole number from `min` to `max`, or nothing; `key` is the message (with
/// `$min` and `$max`) for anything else.
fn optional_int(raw: &str, min: i32, max: i32, key: &str) -> Result<Option<i32>, String> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<i32>() {
        Ok(n) if (min..=max).contains(&n) => Ok(Some(n)),
        _ => Err(l10n::tr_with(
            key,
            &[
                ("min", Arg::Number(i64::from(min))),
                ("max", Arg::Number(i64::from(max))),
            ],
        )),
    }
}

/// A date; `key` is the message for anything else.
fn parse_date(raw: &str, key: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| l10n::tr(key))
}

fn parse_local(raw: &str) -> Result<Option<NaiveDateTime>, String> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M"))
        .map(Some)
        .map_err(|_| l10n::tr("orgb-err-date-time"))
}

/// Checks every field at once.
pub fn parse(f: &ConferenceForm) -> Result<ConferenceInput, FieldErrors> {
    let mut e = FieldErrors::new();
    let title = e.check(
        "title",
        clean_text(&f.title, 200, false).and_then(|t| {
            if t.is_empty() {
                Err(l10n::tr("orgb-err-title"))
            } else {
                Ok(t)
            }
        }),
    );
    let slug_raw = f.slug.trim().to_ascii_lowercase();
    let slug_ok = (3..=60).contains(&slug_raw.len())
        && slug_raw
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug_raw.starts_with('-')
        && !slug_raw.ends_with('-');
    if !slug_ok {
        e.add("slug", l10n::tr("orgb-err-slug"));
    }
    let description = e.check("description", clean_text(&f.description, 20_000, true));
    let tz = e.check("time_zone", TimeZone::parse(&f.time_zone));
    let starts_on = e.check("starts_on", parse_date(&f.starts_on, "orgb-err-first-day"));
    let ends_on = e.check("ends_on", parse_date(&f.ends_on, "orgb-err-last-day"));
    if let (Some(a), Some(b)) = (starts_on, ends_on) {
        if b < a {
            e.add("ends_on", l10n::tr("orgb-err-last-before-first"));
        } else if (b - a).num_days() > 30 {
            e.add("ends_on", l10n::tr("orgb-err-too-long"));
        }
    }
    let opens_local = e.check(
        "registration_opens_at",
        parse_local(&f.registration_opens_at),
    );
    let closes_local = e.check(
        "registration_closes_at",
        parse_local(&f.registration_closes_at),
    );
    let mut to_utc =
        |field: &str, v: Option<Option<NaiveDateTime>>| -> Option<chrono::DateTime<chrono::Utc>> {
            match (v.flatten(), tz) {
                (Some(local), Some(tz)) => e.check(field, local_to_utc(local, tz.tz())),
                _ => None,
            }
        };
    let opens = to_utc("registration_opens_at", opens_local);
    let closes = to_utc("registration_closes_at", closes_local);
    if let (Some(o), Some(c)) = (opens, closes)
        && c <= o
    {
        e.add(
            "registration_closes_at",
            l10n::tr("orgb-err-close-before-open"),
        );
    }
    let capacity = e.check(
        "capacity",
        optional_int(&f.capacity, 1, 1_000_000, "orgb-err-capacity-range"),
    );
    let quota = e.check(
        "country_quota",
        optional_int(&f.country_quota, 1, 1_000_000, "orgb-err-quota-range"),
    );
    if let (Some(Some(c)), Some(Some(q))) = (capacity, quota)
        && q > c
    {
        e.add("country_quota", l10n::tr("orgb-err-quota-over-capacity"));
    }
    let lead = e.check(
        "join_lead_minutes",
        optional_int(&f.join_lead_minutes, 0, 240, "orgb-err-lead-range").map(|v| v.unwrap_or(15)),
    );
    let privacy = e.check(
        "privacy_notice",
        clean_text(&f.privacy_notice, 5_000, true).and_then(|t| {
            if t.is_empty() {
                Err(l10n::tr("orgb-err-privacy"))
            } else {
                Ok(t)
            }
        }),
    );
    let sender = e.check("sender_email", {
        let s = f.sender_email.trim();
        if s.is_empty() {
            Ok(None)
        } else {
            Email::parse(s).map(|m| Some(m.to_string()))
        }
    });
    let short_name = e.check(
        "short_name",
        clean_text(&f.short_name, 40, false).map(|s| (!s.is_empty()).then_some(s)),
    );
    let reminder_minutes = e.check(
        "reminder_minutes",
        optional_int(&f.reminder_minutes, 5, 1440, "orgb-err-reminder-range")
            .map(|v| v.unwrap_or(30)),
    );
    let default_language = e.check(
        "default_language",
        crate::domain::l10n::chosen_language(&f.default_language),
    );
    match (
        title,
        description,
        tz,
        starts_on,
        ends_on,
        capacity,
        quota,
        lead,
        privacy,
        sender,
        reminder_minutes,
        default_language,
    ) {
        (
            Some(title),
            Some(description),
            Some(tz),
            Some(starts_on),
            Some(ends_on),
            Some(capacity),
            Some(quota),
            Some(lead),
            Some(privacy),
            Some(sender),
            Some(reminder_minutes),
            Some(default_language),
        ) if e.is_empty() => Ok(ConferenceInput {
            title,
            slug: slug_raw,
            description,
            tz,
            starts_on,
            ends_on,
            opens,
            closes,
            capacity,
            quota,
            lead,
            privacy,
            sender,
            short_name: short_name.flatten(),
            speakers_see_roster: f.speakers_see_roster.is_some(),
            reminders_enabled: f.reminders_enabled.is_some(),
            reminder_minutes,
            content_languages: f.content.languages(default_language),
            default_language,
        }),
        _ => Err(e),
    }
}

fn local_input(t: Option<chrono::DateTime<chrono::Utc>>, tz: chrono_tz::Tz) -> String {
    t.map(|t| datetime_local_input(&t.with_timezone(&tz)))
        .unwrap_or_default()
}

pub fn form_from(c: &Conference) -> ConferenceForm {
    ConferenceForm {
        title: c.title.clone(),
        slug: c.slug.clone(),
        description: c.description.clone(),
        starts_on: c.starts_on.to_string(),
        ends_on: c.ends_on.to_string(),
        time_zone: c.tz.name().to_string(),
        registration_opens_at: local_input(c.registration_opens_at, c.tz),
        registration_closes_at: local_input(c.registration_closes_at, c.tz),
        capacity: c.capacity.map(|n| n.to_string()).unwrap_or_default(),
        country_quota: c.country_quota.map(|n| n.to_string()).unwrap_or_default(),
        join_lead_minutes: c.join_lead_minutes.to_string(),
        privacy_notice: c.privacy_notice.clone(),
        sender_email: c.sender_email.clone().unwrap_or_default(),
        short_name: c.short_name.clone().unwrap_or_default(),
        speakers_see_roster: c.speakers_see_roster.then(|| "yes".into()),
        reminders_enabled: c.reminders_enabled.then(|| "yes".into()),
        reminder_minutes: c.reminder_minutes.to_string(),
        default_language: c.default_language.code().to_string(),
        content: super::content::LanguageBoxes::default(),
        confirm_promotions: String::new(),
    }
}

/// A compact "field: old → new" list of what an edit changed, for the audit log.
fn diff(before: &ConferenceForm, after: &ConferenceForm) -> Changes {
    let pairs = [
        ("title", &before.title, &after.title),
        ("slug", &before.slug, &after.slug),
        ("description", &before.description, &after.description),
        ("starts_on", &before.starts_on, &after.starts_on),
        ("ends_on", &before.ends_on, &after.ends_on),
        ("time_zone", &before.time_zone, &after.time_zone),
        (
            "registration_opens_at",
            &before.registration_opens_at,
            &after.registration_opens_at,
        ),
        (
            "registration_closes_at",
            &before.registration_closes_at,
            &after.registration_closes_at,
        ),
        ("capacity", &before.capacity, &after.capacity),
        ("country_quota", &before.country_quota, &after.country_quota),
        (
            "join_lead_minutes",
            &before.join_lead_minutes,
            &after.join_lead_minutes,
        ),
        (
            "privacy_notice",
            &before.privacy_notice,
            &after.privacy_notice,
        ),
        ("sender_email", &before.sender_email, &after.sender_email),
        ("short_name", &before.short_name, &after.short_name),
        (
            "reminder_minutes",
            &before.reminder_minutes,
            &after.reminder_minutes,
        ),
        (
            "default_language",
            &before.default_language,
            &after.default_language,
        ),
    ];
    let short = |s: &str| -> String {
        let t: String = s.chars().take(80).collect();
        if t.len() < s.len() {
            format!("{t}…")
        } else {
            t
        }
    };
    let mut b = Vec::new();
    let mut a = Vec::new();
    for (name, x, y) in pairs {
        if x.trim() != y.trim() {
            b.push(format!("{name}: {}", short(x)));
            a.push(format!("{name}: {}", short(y)));
        }
    }
    for (name, x, y) in [
        (
            "speakers_see_roster",
            before.speakers_see_roster.is_some(),
            after.speakers_see_roster.is_some(),
        ),
        (
            "reminders_enabled",
            before.reminders_enabled.is_some(),
            after.reminders_enabled.is_some(),
        ),
    ] {
        if x != y {
            b.push(format!("{name}: {x}"));
            a.push(format!("{name}: {y}"));
        }
    }
    Changes {
        before: b.join("\n"),
        after: a.join("\n"),
    }
}

/// The field error of a slug another conference uses.
fn slug_taken() -> FieldErrors {
    let mut e = FieldErrors::new();
    e.add("slug", l10n::tr("orgb-err-slug-taken"));
    e
}

#[derive(Template)]
#[template(path = "organize/conference_form.html")]
pub struct ConferenceFormPage {
    pub layout: Layout,
    pub nav: Option<OrgNav>,
    pub creating: bool,
    pub action: String,
    pub errors: FieldErrors,
    pub form: ConferenceForm,
    pub zones: crate::web::zone::Choices,
}

#[tracing::instrument(name = "organize::conferences::new_form", skip_all)]
pub async fn new_form(cookie: Cookie) -> Result<HttpResponse, AppError> {
    let form = ConferenceForm {
        time_zone: "Europe/Zurich".into(),
        join_lead_minutes: "15".into(),
        reminder_minutes: "30".into(),
        ..ConferenceForm::default()
    };
    html(&ConferenceFormPage {
        layout: Layout::from_cookie(&cookie),
        nav: None,
        creating: true,
        action: "/organize/conferences/new".into(),
        errors: FieldErrors::new(),
        form,
        zones: crate::web::zone::choices(),
    })
}

#[tracing::instrument(
    name = "organize::conferences::create",
    skip_all,
    fields(user = %user.0.id)
)]
pub async fn create(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    form: CsrfForm<ConferenceForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let rerender = |errors: FieldErrors, form: ConferenceForm| {
        html(&ConferenceFormPage {
            layout: Layout::from_cookie(&cookie),
            nav: None,
            creating: true,
            action: "/organize/conferences/new".into(),
            errors,
            form,
            zones: crate::web::zone::choices(),
        })
    };
    let p = match parse(&form) {
        Ok(p) => p,
        Err(e) => return rerender(e, form),
    };
    let (actor, slug) = (user.0.id, p.slug.clone());
    let created = state
        .service
        .run(move |c, ctx| svc::create(c, ctx, actor, &p))
        .await;
    match created {
        Ok(_) => {}
        Err(service::Error::SlugTaken) => return rerender(slug_taken(), form),
        Err(e) => return Err(e.into()),
    }
    flash(&cookie, l10n::tr("orgb-flash-conference-created"));
    Ok(see_other(&format!("/organize/c/{slug}")))
}

#[tracing::instrument(
    name = "organize::conferences::edit_form",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn edit_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let mut form = form_from(&conf);
    form.content = super::content::boxes_of(&state, conf.id).await?;
    html(&ConferenceFormPage {
        layout: Layout::from_cookie(&cookie),
        nav: Some(OrgNav::new(&conf, Section::Settings)),
        creating: false,
        action: format!("/organize/c/{}/edit", conf.slug),
        errors: FieldErrors::new(),
        form,
        zones: crate::web::zone::choices(),
    })
}

#[tracing::instrument(
    name = "organize::conferences::update",
    skip_all,
    fields(conference = %org.conference.id, user = %org.user.id)
)]
pub async fn update(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<ConferenceForm>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let form = form.into_inner();
    let rerender = |errors: FieldErrors, form: ConferenceForm| {
        html(&ConferenceFormPage {
            layout: Layout::from_cookie(&cookie),
            nav: Some(OrgNav::new(&conf, Section::Settings)),
            creating: false,
            action: format!("/organize/c/{}/edit", conf.slug),
            errors,
            form,
            zones: crate::web::zone::choices(),
        })
    };
    let p = match parse(&form) {
        Ok(p) => p,
        Err(e) => return rerender(e, form),
    };
    let limits = crate::domain::capacity::Limits {
        capacity: p.capacity,
        country_quota: p.quota,
    };
    if let Some(page) = super::limits::confirm_page(&state, &cookie, &conf, &form, limits).await? {
        return Ok(page);
    }
    let changes = diff(&form_from(&conf), &form);
    let (cid, actor, title) = (conf.id, org.user.id, conf.title.clone());
    let new_slug = p.slug.clone();
    let saved = state
        .service
        .run(move |c, ctx| svc::update(c, ctx, cid, &title, actor, &p, &changes))
        .await;
    let promoted = match saved {
        Ok(n) => n,
        Err(service::Error::SlugTaken) => return rerender(slug_taken(), form),
        Err(e) => return Err(e.into()),
    };
    flash(
        &cookie,
        if promoted > 0 {
            l10n::tr_count(
                "orgb-flash-settings-saved-promoted",
                i64::try_from(promoted).unwrap_or(i64::MAX),
            )
        } else {
            l10n::tr("orgb-flash-settings-saved")
        },
    );
    Ok(see_other(&format!("/organize/c/{new_slug}/edit")))
}

#[derive(Deserialize)]
pub struct PublishForm {
    #[serde(default)]
    pub publish: String,
    /// "yes" once the organizer has read what unpublishing stops.
    #[serde(default)]
    pub confirmed: String,
}

#[derive(Template)]
#[template(path = "organize/unpublish.html")]
pub struct UnpublishPage {
    pub layout: Layout,
    pub nav: OrgNav,
}

#[tracing::instrument(
    name = "organize::conferences::publish",
    skip_all,
    fields(conference = %org.conference.id, user = %org.user.id)
)]
pub async fn publish(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<PublishForm>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let publish = form.publish == "yes";
    if !publish && form.confirmed != "yes" {
        // Unpublishing breaks links people hold: say what stops before doing it.
        return html(&UnpublishPage {
            layout: Layout::from_cookie(&cookie),
            nav: OrgNav::new(&conf, Section::Overview),
        });
    }
    let (cid, actor, title) = (conf.id, org.user.id, conf.title.clone());
    state
        .service
        .run(move |c, ctx| svc::publish(c, ctx, cid, &title, actor, publish))
        .await?;
    flash(
        &cookie,
        l10n::tr(if publish {
            "orgb-flash-published"
        } else {
            "orgb-flash-unpublished"
        }),
    );
    Ok(see_other(&format!("/organize/c/{}", conf.slug)))
}
