//! The organizer back office under `/organize`: conferences, the agenda editor,
//! people, registrations, statistics, announcements, outbox health and the audit
//! log. Every route is declared in `web::routes` with `Need::Organizer` (organizer of
//! `{slug}` or site admin), `Need::AnyOrganizer` or `Need::Admin`.

pub mod agenda;
pub mod announcement_cancel;
pub mod announcement_form;
pub mod announcement_progress;
pub mod announcements;
pub mod approvals;
pub mod audit;
pub mod bulk;
pub mod categories;
pub mod conferences;
pub mod content;
pub mod dashboard;
pub mod identity;
pub mod invite;
pub mod limits;
pub mod outbox;
pub mod participants_list;
pub mod people;
pub mod profiles;
pub mod question_form;
pub mod questions;
pub mod reg_invitations;
pub mod reg_invitations_add;
pub mod registration_actions;
pub mod registrations;
pub mod retention;
pub mod session_form;
pub mod stats;
pub mod video;

use super::extract::OrganizerConference;
use crate::db::conferences::Conference;

/// The back-office sections, for the sub-navigation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Section {
    Overview,
    Settings,
    Agenda,
    People,
    Registrations,
    Statistics,
    Announcements,
    Outbox,
    Audit,
    Video,
}

impl Section {
    pub const ALL: [Section; 10] = [
        Section::Overview,
        Section::Settings,
        Section::Agenda,
        Section::People,
        Section::Registrations,
        Section::Statistics,
        Section::Announcements,
        Section::Outbox,
        Section::Audit,
        Section::Video,
    ];

    /// The section's name in the back office's navigation, in the reader's language.
    pub fn label(self) -> String {
        crate::domain::l10n::tr(match self {
            Section::Overview => "orgb-section-overview",
            Section::Settings => "orgb-section-settings",
            Section::Agenda => "orgb-section-agenda",
            Section::People => "orgb-section-people",
            Section::Registrations => "orgb-section-registrations",
            Section::Statistics => "orgb-section-statistics",
            Section::Announcements => "orgb-section-announcements",
            Section::Outbox => "orgb-section-outbox",
            Section::Audit => "orgb-section-audit",
            Section::Video => "orgb-section-video",
        })
    }

    pub fn path(self) -> &'static str {
        match self {
            Section::Overview => "",
            Section::Settings => "/edit",
            Section::Agenda => "/agenda",
            Section::People => "/people",
            Section::Registrations => "/registrations",
            Section::Statistics => "/stats",
            Section::Announcements => "/announcements",
            Section::Outbox => "/outbox",
            Section::Audit => "/audit",
            Section::Video => "/video",
        }
    }
}

/// The header and sub-navigation every back-office page of a conference shows.
pub struct OrgNav {
    pub slug: String,
    pub title: String,
    pub published: bool,
    pub current: Section,
}

impl OrgNav {
    pub fn new(conf: &Conference, current: Section) -> Self {
        Self {
            slug: conf.slug.clone(),
            title: conf.title.clone(),
            published: conf.published,
            current,
        }
    }

    pub fn sections(&self) -> [Section; 10] {
        Section::ALL
    }

    pub fn href(&self, s: &Section) -> String {
        format!("/organize/c/{}{}", self.slug, s.path())
    }

    pub fn is_current(&self, s: &Section) -> bool {
        *s == self.current
    }
}

/// The route's session id as a span field ("" on routes without `{id}`).
pub(crate) fn span_session(org: &OrganizerConference) -> String {
    org.session
        .as_ref()
        .map(|s| s.id.to_string())
        .unwrap_or_default()
}
