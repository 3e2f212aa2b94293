//! A conference's identity (accent colour, contact line, logo, banner) and people's
//! public profiles and photos: each change stored with its audit record in the
//! caller's transaction. Pictures arrive already checked and re-encoded
//! ([`CleanImage`]); here they are stored by hash and linked.

use super::{Ctx, Result};
use crate::db::audit::{self, Entry};
use crate::db::identity::Identity;
use crate::db::{self, DbConn};
use crate::domain::identity::{AccentColour, CleanImage};
use crate::domain::profile::Profile;
use crate::domain::{ConferenceId, UserId};

/// Which picture of a conference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picture {
    Logo,
    Banner,
}

impl Picture {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "logo" => Some(Self::Logo),
            "banner" => Some(Self::Banner),
            _ => None,
        }
    }

    /// Largest side kept, in pixels.
    pub fn max_side(self) -> u32 {
        match self {
            Self::Logo => 400,
            Self::Banner => 1600,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Logo => "logo",
            Self::Banner => "banner",
        }
    }
}

/// Saves the accent colour and contact line, keeping the pictures.
pub fn save_identity(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conference: ConferenceId,
    accent: Option<AccentColour>,
    contact_line: String,
) -> Result<()> {
    let before = db::identity::of(c, conference)?;
    let after = Identity {
        accent,
        contact_line,
        ..before.clone()
    };
    db::identity::save(c, conference, &after, ctx.now)?;
    // The public pages show the identity: a new version, so no cache keeps the old.
    db::conferences::bump_agenda(c, conference, ctx.now)?;
    let show = |i: &Identity| {
        format!(
            "accent: {}; contact: {}",
            i.accent.map(|a| a.to_string()).unwrap_or_default(),
            i.contact_line
        )
    };
    audit::record(
        c,
        &Entry {
            conference: Some(conference),
            actor: Some(actor),
            action: "conference.identity",
            subject: "Identity",
            before: Some(&show(&before)),
            after: Some(&show(&after)),
        },
        ctx.now,
    )?;
    Ok(())
}

/// Stores `img` and makes it the conference's logo or banner (`None` removes it).
pub fn set_picture(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conference: ConferenceId,
    which: Picture,
    img: Option<CleanImage>,
) -> Result<()> {
    let hash = img
        .map(|img| db::images::store(c, &img, ctx.now))
        .transpose()?;
    let mut identity = db::identity::of(c, conference)?;
    match which {
        Picture::Logo => identity.logo = hash.clone(),
        Picture::Banner => identity.banner = hash.clone(),
    }
    db::identity::save(c, conference, &identity, ctx.now)?;
    db::conferences::bump_agenda(c, conference, ctx.now)?;
    audit::record(
        c,
        &Entry {
            conference: Some(conference),
            actor: Some(actor),
            action: if hash.is_some() {
                "conference.picture.set"
            } else {
                "conference.picture.remove"
            },
            subject: which.name(),
            before: None,
            after: hash.as_deref(),
        },
        ctx.now,
    )?;
    Ok(())
}

/// Saves a person's profile (by themselves or by an organizer), keeping the photo.
pub fn save_profile(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    person: UserId,
    conference: Option<ConferenceId>,
    profile: Profile,
) -> Result<()> {
    let photo = db::profiles::of(c, person)?.and_then(|p| p.photo);
    let profile = Profile { photo, ..profile };
    db::profiles::save(c, person, &profile, ctx.now)?;
    // The schedule exports carry the profile: announce a new version of each agenda.
    db::conferences::bump_agenda_for_person(c, person, ctx.now)?;
    audit::record_about(
        c,
        &Entry {
            conference,
            actor: Some(actor),
            action: "profile.update",
            subject: "Profile",
            before: None,
            after: Some(if profile.consent { "shown" } else { "hidden" }),
        },
        person,
        ctx.now,
    )?;
    Ok(())
}

/// Stores `img` as a person's photo (`None` removes it).
pub fn set_photo(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    person: UserId,
    conference: Option<ConferenceId>,
    img: Option<CleanImage>,
) -> Result<()> {
    let hash = img
        .map(|img| db::images::store(c, &img, ctx.now))
        .transpose()?;
    let mut profile = db::profiles::of(c, person)?.unwrap_or_default();
    profile.photo = hash;
    db::profiles::save(c, person, &profile, ctx.now)?;
    // The schedule exports carry the profile: announce a new version of each agenda.
    db::conferences::bump_agenda_for_person(c, person, ctx.now)?;
    audit::record_about(
        c,
        &Entry {
            conference,
            actor: Some(actor),
            action: "profile.photo",
            subject: "Profile photo",
            before: None,
            after: profile.photo.as_deref(),
        },
        person,
        ctx.now,
    )?;
    Ok(())
}
