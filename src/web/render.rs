//! The one place pages are rendered: askama templates into HTML responses, redirects
//! after a form (post/redirect/get).

use actix_web::HttpResponse;
use askama::Template;

use super::error::AppError;

pub use super::cookie::{
    ADMIN_KEY, CSRF_KEY, FLASH_KEY, MOD_KEY, NAME_KEY, ORG_KEY, UID_KEY, flash,
};
pub use super::layout::Layout;

pub fn html<T: Template>(page: &T) -> Result<HttpResponse, AppError> {
    let body = render_sized(page)?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(body))
}

/// A page's HTML, written into a buffer as large as this kind of page was last time:
/// askama's own size hint is what the template says before any data, a few kB, and
/// an 80 kB agenda grew its string five times over, copying it each time.
pub fn render_sized<T: Template>(page: &T) -> Result<String, AppError> {
    use std::collections::HashMap;
    use std::sync::{LazyLock, RwLock};
    /// Largest size remembered: a huge page (a long roster) does not make every later
    /// render of its kind reserve that much.
    const MAX_HINT: usize = 256 * 1024;
    static LAST: LazyLock<RwLock<HashMap<&'static str, usize>>> = LazyLock::new(Default::default);
    let kind = std::any::type_name::<T>();
    let hint = LAST
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .get(kind)
        .copied()
        .unwrap_or(T::SIZE_HINT);
    let mut body = String::with_capacity(hint);
    page.render_into(&mut body)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("template: {e}")))?;
    let size = (body.len() + body.len() / 8).min(MAX_HINT);
    if size > hint || size < hint / 2 {
        LAST.write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(kind, size);
    }
    Ok(body)
}

/// 303 See Other to `to` (post/redirect/get).
pub fn see_other(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, to))
        .finish()
}

/// A safe post-login destination: a path on this site, never another one. Browsers
/// drop tabs and newlines from URLs and read `\\` as `/`, so `/\t/evil.example` would
/// become `//evil.example`: any control or whitespace character, a backslash or a
/// scheme-relative start is refused (and a control character could not go into a
/// `Location` header anyway). What is left must parse as a URI reference that is only
/// a path (and query): no scheme, no host.
pub fn local_path(next: &str) -> Option<&str> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains(|c: char| c.is_control() || c.is_whitespace() || c == '\\')
        && next.len() <= 512
        && next
            .parse::<actix_web::http::Uri>()
            .is_ok_and(|u| u.scheme().is_none() && u.authority().is_none());
    ok.then_some(next)
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_paths_on_this_site_are_destinations() {
        for ok in [
            "/",
            "/c/ip-ai-2020/me?tz=Asia/Tokyo",
            "/organize/c/x#top",
            // Percent-encoded slashes stay a path on this site.
            "/%2F%2Fevil.example",
            "/c/caf%C3%A9",
        ] {
            assert_eq!(local_path(ok), Some(ok));
        }
        for bad in [
            "",
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\u{0b}",
            "/\0",
            "/\u{7f}",
            "/ /evil",
            "/\u{a0}/x",
            "c/x",
            // Not a URI path: raw non-ASCII must be percent-encoded.
            "/caf\u{e9}",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
        }
        assert_eq!(local_path(&format!("/{}", "a".repeat(600))), None);
    }
}
