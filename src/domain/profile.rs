//! A speaker's or moderator's public profile: what may be shown of a person on the
//! session pages, on their own page and in the schedule exports — and only with their
//! consent.

use super::FieldErrors;
use super::text::{CountryCode, clean_text};

/// A profile as stored and shown. `country` is an ISO alpha-2 code or empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    pub honorific: String,
    pub job_title: String,
    pub organisation: String,
    pub country: String,
    pub biography: String,
    pub photo: Option<String>,
    /// The person agreed to be shown publicly; without it nothing of the profile (nor
    /// the person's page) is public.
    pub consent: bool,
}

/// The profile form's fields as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    pub honorific: String,
    #[serde(default)]
    pub job_title: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub biography: String,
    #[serde(default)]
    pub consent: Option<String>,
}

/// Longest biography accepted, in characters.
pub const MAX_BIOGRAPHY: usize = 1200;

impl ProfileForm {
    /// Parses every field, collecting every error. The photo is kept as it was.
    pub fn parse(&self, photo: Option<String>) -> Result<Profile, FieldErrors> {
        let mut e = FieldErrors::new();
        let honorific = e.check("honorific", clean_text(&self.honorific, 40, false));
        let job_title = e.check("job_title", clean_text(&self.job_title, 160, false));
        let organisation = e.check("organisation", clean_text(&self.organisation, 160, false));
        let country = if self.country.trim().is_empty() {
            Some(String::new())
        } else {
            e.check(
                "country",
                CountryCode::parse(&self.country).map(|c| c.alpha2().to_string()),
            )
        };
        let biography = e.check(
            "biography",
            clean_text(&self.biography, MAX_BIOGRAPHY, true),
        );
        match (honorific, job_title, organisation, country, biography) {
            (
                Some(honorific),
                Some(job_title),
                Some(organisation),
                Some(country),
                Some(biography),
            ) if e.is_empty() => Ok(Profile {
                honorific,
                job_title,
                organisation,
                country,
                biography,
                photo,
                consent: self.consent.is_some(),
            }),
            _ => Err(e),
        }
    }

    /// The form filled with a stored profile.
    pub fn from_profile(p: &Profile) -> Self {
        Self {
            honorific: p.honorific.clone(),
            job_title: p.job_title.clone(),
            organisation: p.organisation.clone(),
            country: p.country.clone(),
            biography: p.biography.clone(),
            consent: p.consent.then(|| "on".to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bad_field_is_reported_and_consent_is_a_checkbox() {
        let f = ProfileForm {
            honorific: "H.E.".into(),
            country: "Atlantis".into(),
            biography: "x".repeat(MAX_BIOGRAPHY + 1),
            ..Default::default()
        };
        let e = f.parse(None).expect_err("two errors");
        assert!(e.get("country").is_some() && e.get("biography").is_some());
        let ok = ProfileForm {
            honorific: " Dr. ".into(),
            country: "CH".into(),
            consent: Some("on".into()),
            ..Default::default()
        }
        .parse(Some("abc".into()))
        .expect("valid");
        assert_eq!(
            (ok.honorific.as_str(), ok.country.as_str(), ok.consent),
            ("Dr.", "CH", true)
        );
    }
}
