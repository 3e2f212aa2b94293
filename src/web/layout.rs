//! What the shared page layout needs on every page (the signed-in user's name and
//! header links, the CSRF token for the page's forms, the flash message), read from
//! the login cookie. Error pages use [`Layout::plain`], as they may have no cookie.

use actix_session::Session as Cookie;

use crate::domain::l10n;
use crate::domain::lang::Lang;

use super::cookie::{self, ADMIN_KEY, MOD_KEY, NAME_KEY, ORG_KEY};

/// What the base layout needs on every page.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    /// Display name of the signed-in user.
    pub user_name: Option<String>,
    pub is_admin: bool,
    /// Organizes a conference (or is an admin): show the back-office link.
    pub is_organizer: bool,
    /// Moderates or speaks somewhere: show "My sessions".
    pub is_session_person: bool,
    pub csrf: String,
    pub flash: Option<String>,
    /// The reader's language (see [`super::lang`]).
    pub lang: Lang,
    /// (slug, title) of each conference the user is registered for.
    pub my_conferences: Vec<(String, String)>,
}

impl Layout {
    /// A layout with nobody signed in (error pages, which have no request at hand).
    pub fn plain() -> Self {
        Self {
            lang: super::lang::current(),
            ..Self::default()
        }
    }

    /// Reads the layout from the login cookie; takes (removes) the flash message and
    /// makes sure a CSRF token exists for the page's forms.
    pub fn from_cookie(cookie: &Cookie) -> Self {
        Self {
            user_name: cookie.get::<String>(NAME_KEY).ok().flatten(),
            is_admin: cookie::flag(cookie, ADMIN_KEY),
            is_organizer: cookie::flag(cookie, ORG_KEY),
            is_session_person: cookie::flag(cookie, MOD_KEY),
            csrf: cookie::csrf_token(cookie),
            flash: cookie::take_flash(cookie),
            lang: super::lang::current(),
            my_conferences: cookie::my_conferences(cookie),
        }
    }

    /// The message `key` in the reader's language (`{{ layout.t("nav-sign-in") }}`).
    pub fn t(&self, key: &str) -> String {
        l10n::t(self.lang, key)
    }

    /// A message with one argument: for example `layout.t1(KEY, "name", user.name)` in a template.
    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        let value = value.to_string();
        l10n::t_with(self.lang, key, &[(name, l10n::Arg::Text(&value))])
    }

    /// A message with two arguments. Askama passes a template's arguments by
    /// reference, so the pairs arrive borrowed.
    pub fn t2(
        &self,
        key: &str,
        (name1, value1): &(&str, impl std::fmt::Display),
        (name2, value2): &(&str, impl std::fmt::Display),
    ) -> String {
        let (value1, value2) = (value1.to_string(), value2.to_string());
        l10n::t_with(
            self.lang,
            key,
            &[
                (name1, l10n::Arg::Text(&value1)),
                (name2, l10n::Arg::Text(&value2)),
            ],
        )
    }

    /// A number grouped the reader's way ("2,000", "2 000", "2.000").
    /// Takes `&i64` too, as askama passes a template's arguments by reference.
    pub fn number(&self, n: impl std::borrow::Borrow<i64>) -> String {
        self.lang.number(*n.borrow())
    }

    /// A message about a count, in the reader's language and digit grouping.
    pub fn t_count(&self, key: &str, count: &i64) -> String {
        l10n::t_count(self.lang, key, *count)
    }

    /// Every language, for the language switcher.
    pub fn languages(&self) -> [Lang; 6] {
        Lang::ALL
    }

    /// The layout of a public page whose only form is the header's "Sign out": reads
    /// the token the signed-in cookie already holds and never mints one, so an
    /// anonymous visitor's cookie is left unchanged and the response carries no
    /// `Set-Cookie` (cacheable by the server and any proxy).
    pub fn public(cookie: &Cookie) -> Self {
        Self {
            user_name: cookie.get::<String>(NAME_KEY).ok().flatten(),
            is_admin: cookie::flag(cookie, ADMIN_KEY),
            is_organizer: cookie::flag(cookie, ORG_KEY),
            is_session_person: cookie::flag(cookie, MOD_KEY),
            csrf: cookie
                .get::<String>(cookie::CSRF_KEY)
                .ok()
                .flatten()
                .unwrap_or_default(),
            flash: cookie::take_flash(cookie),
            lang: super::lang::current(),
            my_conferences: cookie::my_conferences(cookie),
        }
    }
}
