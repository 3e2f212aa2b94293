//! The login cookie's contents: which keys it holds, how a sign-in fills it, the CSRF
//! token and the one-time flash message kept in it. Nothing here answers a request;
//! the extractors, the layout and the handlers read and write the cookie through
//! these functions, so the keys are spelled in one place.

use actix_session::Session as Cookie;

use crate::db::users::User;
use crate::domain::secret::random_token;

pub const UID_KEY: &str = "uid";
pub const NAME_KEY: &str = "name";
pub const ADMIN_KEY: &str = "adm";
pub const CSRF_KEY: &str = "csrf";
pub const FLASH_KEY: &str = "flash";
/// Set at sign-in: the user organizes a conference (header shows the back office).
pub const ORG_KEY: &str = "org";
/// Set at sign-in: the user moderates or speaks (header shows "My sessions").
pub const MOD_KEY: &str = "mod";
/// The conferences the user is registered for, as (slug, title): the header's "My
/// conference" links. Set at sign-in, refreshed when the user registers or cancels
/// and on their My conference page.
pub const MINE_KEY: &str = "mine";
/// The login session's random id (its hash is the `login_sessions` row): a request
/// is signed in only while that row is live, so signing out ends it on the server.
pub const SID_KEY: &str = "sid";
/// The signed-in user's preferred language (set at sign-in and on a profile save):
/// pages follow it unless the browser chose another with `?lang=`.
pub const LANG_KEY: &str = "lang";

/// Which staff links the header shows; looked up once at sign-in.
#[derive(Clone, Copy, Default)]
pub struct NavRoles {
    pub organizer: bool,
    pub session_person: bool,
}

/// Signs `user` in on this browser with a brand-new cookie holding the login
/// session `session_id` (started by `service::sessions::start`).
pub fn sign_in(cookie: &Cookie, user: &User, roles: NavRoles, session_id: &str) {
    cookie.clear();
    cookie.renew();
    let _ = cookie.insert(UID_KEY, user.id.to_string());
    let _ = cookie.insert(NAME_KEY, &user.name);
    let _ = cookie.insert(ADMIN_KEY, user.is_admin);
    let _ = cookie.insert(ORG_KEY, roles.organizer);
    let _ = cookie.insert(MOD_KEY, roles.session_person);
    let _ = cookie.insert(SID_KEY, session_id);
    if let Some(lang) = user.language {
        let _ = cookie.insert(LANG_KEY, lang.code());
    }
    let _ = cookie.insert(CSRF_KEY, random_token());
}

/// Keeps the display name in the cookie current after a profile edit.
pub fn refresh(cookie: &Cookie, user: &User) {
    let _ = cookie.insert(NAME_KEY, &user.name);
    if let Some(lang) = user.language {
        let _ = cookie.insert(LANG_KEY, lang.code());
    }
}

/// The login session id this browser holds, if signed in.
pub fn session_id(cookie: &Cookie) -> Option<String> {
    cookie.get::<String>(SID_KEY).ok().flatten()
}

/// The browser's CSRF token, created on first use.
pub fn csrf_token(cookie: &Cookie) -> String {
    if let Ok(Some(t)) = cookie.get::<String>(CSRF_KEY) {
        return t;
    }
    let t = random_token();
    let _ = cookie.insert(CSRF_KEY, &t);
    t
}

/// Queues a one-time message shown on the next page (post/redirect/get).
pub fn flash(cookie: &Cookie, message: impl Into<String>) {
    let _ = cookie.insert(FLASH_KEY, message.into());
}

/// Takes (removes) the flash message queued by the previous request. Without one the
/// cookie is left untouched: a removal marks it changed, and a changed cookie is
/// re-encrypted and sent again with the response.
pub fn take_flash(cookie: &Cookie) -> Option<String> {
    if !cookie.contains_key(FLASH_KEY) {
        return None;
    }
    cookie.remove_as::<String>(FLASH_KEY).and_then(Result::ok)
}

/// Keeps the header's "My conference" links.
pub fn set_my_conferences(cookie: &Cookie, list: &[(String, String)]) {
    let _ = cookie.insert(MINE_KEY, list);
}

/// The header's "My conference" links, as (slug, title).
pub fn my_conferences(cookie: &Cookie) -> Vec<(String, String)> {
    cookie
        .get::<Vec<(String, String)>>(MINE_KEY)
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// A boolean flag set at sign-in; absent means false.
pub fn flag(cookie: &Cookie, key: &str) -> bool {
    cookie.get::<bool>(key).ok().flatten().unwrap_or(false)
}
