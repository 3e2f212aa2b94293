//! People's public profiles in the schedule exports. Only consenting people's profiles
//! are given here (the caller loads them with `db::profiles::shown`). The c3voc JSON
//! carries them as person fields (pretalx's `avatar`, `biography`, the person's `url`,
//! plus `honorific`, `function`, `organisation`, `country`); frab's XML person is a bare
//! name, so there each profile becomes a line of the event's description.

use std::collections::HashMap;

use super::schedule::Schedule;
use crate::domain::UserId;
use crate::domain::profile::Profile;
use crate::domain::text::country_name;

/// What an export shows of a consenting person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonProfile {
    pub honorific: String,
    pub function: String,
    pub organisation: String,
    /// The country's English name, or "".
    pub country: String,
    pub biography: String,
    /// Absolute URL of the photo.
    pub avatar: Option<String>,
    /// Absolute URL of the person's public page.
    pub url: String,
}

impl PersonProfile {
    /// "Dr. Jane Doe — Director of Research, Example Institute (Kenya)".
    pub fn line(&self, name: &str) -> String {
        let mut out = if self.honorific.is_empty() {
            name.to_string()
        } else {
            format!("{} {name}", self.honorific)
        };
        let what: Vec<&str> = [self.function.as_str(), self.organisation.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if !what.is_empty() {
            out.push_str(" — ");
            out.push_str(&what.join(", "));
        }
        if !self.country.is_empty() {
            out.push_str(&format!(" ({})", self.country));
        }
        out
    }
}

/// Gives each consenting person of `s` their profile, and adds one "About" line per
/// such person to their events' descriptions.
pub fn attach(s: &mut Schedule, slug: &str, shown: &HashMap<UserId, Profile>) {
    let base = s.base_url.trim_end_matches('/').to_string();
    for day in &mut s.days {
        for (_, events) in &mut day.rooms {
            for e in events.iter_mut() {
                let mut lines = Vec::new();
                for p in &mut e.persons {
                    let Some(pr) = shown.get(&p.user) else {
                        continue;
                    };
                    let profile = PersonProfile {
                        honorific: pr.honorific.clone(),
                        function: pr.job_title.clone(),
                        organisation: pr.organisation.clone(),
                        country: if pr.country.is_empty() {
                            String::new()
                        } else {
                            country_name(&pr.country)
                        },
                        biography: pr.biography.clone(),
                        avatar: pr.photo.as_ref().map(|h| format!("{base}/images/{h}")),
                        url: format!("{base}/c/{slug}/people/{}", p.user),
                    };
                    lines.push(profile.line(&p.name));
                    p.profile = Some(profile);
                }
                if !lines.is_empty() {
                    if !e.description.is_empty() {
                        e.description.push_str("\n\n");
                    }
                    e.description.push_str("About the speakers:\n");
                    e.description.push_str(&lines.join("\n"));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_line_reads_naturally() {
        let p = PersonProfile {
            honorific: "H.E.".into(),
            function: "Minister of Culture".into(),
            organisation: String::new(),
            country: "Kenya".into(),
            biography: String::new(),
            avatar: None,
            url: String::new(),
        };
        assert_eq!(
            p.line("Amina Diallo"),
            "H.E. Amina Diallo — Minister of Culture (Kenya)"
        );
    }
}
