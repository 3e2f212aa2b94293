//! The one query-string builder for links and redirects (serde_urlencoded), so no
//! page percent-encodes by hand.

use serde::Serialize;

/// The query string (without `?`) for `params`: a struct, a map or a slice of pairs;
/// `None` fields are left out. `/` stays readable (RFC 3986 allows it in a query), so
/// `?next=/c/x/agenda` reads as it did.
pub fn query<T: Serialize + ?Sized>(params: &T) -> String {
    // Serializing plain pairs of strings and numbers cannot fail; an unsupported
    // shape (a nested struct) is a programming error caught by the tests.
    serde_urlencoded::to_string(params)
        .unwrap_or_default()
        .replace("%2F", "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_encodes_every_reserved_character_and_skips_none() {
        #[derive(Serialize)]
        struct Q<'a> {
            q: &'a str,
            tz: Option<&'a str>,
            page: i64,
        }
        let s = query(&Q {
            q: "Côte d'Ivoire & co/=?",
            tz: None,
            page: 2,
        });
        assert_eq!(s, "q=C%C3%B4te+d%27Ivoire+%26+co/%3D%3F&page=2");
        assert_eq!(query(&[("next", "/c/x?a=b c")]), "next=/c/x%3Fa%3Db+c");
    }
}
