//! The one localiser: Fluent messages from `locales/{lang}/*.ftl`, embedded in the
//! binary at compile time, looked up per call in the reader's [`Lang`] with English
//! as the fallback, plural forms by CLDR's rules (Arabic has six, Russian three).
//!
//! Numbers are shown grouped the reader's way ([`Lang::number`]): a count goes to a
//! message twice, as `$count` (a number, which chooses the plural form) and as `$n`
//! (its grouped text, which is shown), since Fluent itself does not group digits.
//! Placeables are wrapped in Unicode isolation marks so that names and numbers stay
//! readable inside Arabic text.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{LazyLock, RwLock};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

use super::lang::Lang;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(true),
    };
}

/// The identifier of each language, parsed once ([`Lang::ALL`] order).
static IDS: LazyLock<[LanguageIdentifier; 6]> =
    LazyLock::new(|| Lang::ALL.map(|l| l.code().parse().expect("a valid language code")));

/// `lang`'s place in [`Lang::ALL`].
fn slot(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

fn id(lang: Lang) -> &'static LanguageIdentifier {
    &IDS[slot(lang)]
}

/// At most this many messages are kept per language (the catalogue has about 1,500;
/// the bound only matters if a key were ever made from input).
const PLAIN_MAX: usize = 4096;

/// Messages without arguments as already looked up, per language ([`Lang::ALL`]
/// order): a page asks for the same labels many times (one per agenda item), and a
/// message without arguments always reads the same.
static PLAIN: LazyLock<[RwLock<HashMap<String, String>>; 6]> =
    LazyLock::new(|| std::array::from_fn(|_| RwLock::new(HashMap::new())));

tokio::task_local! {
    static TASK_LANG: Lang;
}

thread_local! {
    static THREAD_LANG: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The reader's language: the request's (set by the web layer with [`scope`], and
/// carried into blocking database work by [`with`]), else English.
pub fn current() -> Lang {
    TASK_LANG
        .try_with(|l| *l)
        .ok()
        .or_else(|| THREAD_LANG.with(Cell::get))
        .unwrap_or_default()
}

/// Runs `fut` (a whole request) with `lang` as the [`current`] language.
pub async fn scope<F: Future>(lang: Lang, fut: F) -> F::Output {
    TASK_LANG.scope(lang, fut).await
}

/// Runs `f` on this thread with `lang` as the [`current`] language: for work moved
/// off the request's task (the blocking pool) and for mail rendered in the
/// recipient's language rather than the reader's.
pub fn with<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THREAD_LANG.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(THREAD_LANG.with(|c| c.replace(Some(lang))));
    f()
}

/// The message `key` in the [`current`] language (flash messages, validation
/// messages, anything built while answering a request).
pub fn tr(key: &str) -> String {
    t(current(), key)
}

/// [`tr`] with arguments.
pub fn tr_with(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    t_with(current(), key, args)
}

/// [`t_count`] in the [`current`] language.
pub fn tr_count(key: &str, count: i64) -> String {
    t_count(current(), key, count)
}

/// The language chosen on a form (sign-up, profile): empty means the page's
/// language ([`current`]); anything but one of the six is refused.
pub fn chosen_language(value: &str) -> Result<Lang, String> {
    if value.trim().is_empty() {
        return Ok(current());
    }
    Lang::parse(value).ok_or_else(|| tr("field-language-invalid"))
}

/// One argument of a message.
pub enum Arg<'a> {
    Text(&'a str),
    Number(i64),
}

/// The message `key` in `lang`.
pub fn t(lang: Lang, key: &str) -> String {
    let i = slot(lang);
    let known = PLAIN[i].read().unwrap_or_else(|e| e.into_inner());
    if let Some(text) = known.get(key) {
        return text.clone();
    }
    drop(known);
    let text = LOCALES.lookup(id(lang), key);
    let mut known = PLAIN[i].write().unwrap_or_else(|e| e.into_inner());
    if known.len() < PLAIN_MAX {
        known.insert(key.to_string(), text.clone());
    }
    text
}

/// The message `key` in `lang` with its arguments.
pub fn t_with(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut map: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.to_string()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        map.insert(Cow::Owned(name.to_string()), value);
    }
    LOCALES.lookup_with_args(id(lang), key, &map)
}

/// A message about a count: `$count` chooses the plural form, `$n` shows it grouped.
pub fn t_count(lang: Lang, key: &str, count: i64) -> String {
    let shown = lang.number(count);
    t_with(
        lang,
        key,
        &[("count", Arg::Number(count)), ("n", Arg::Text(&shown))],
    )
}

/// `text` without the isolation marks Fluent puts around placeables (for tests and
/// for places that cannot carry them, such as mail subjects in plain ASCII tools).
pub fn strip_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_sets_the_current_language_for_its_closure_only() {
        assert_eq!(current(), Lang::En);
        let inner = with(Lang::Fr, || {
            (tr("nav-sign-in"), with(Lang::Ru, current), current())
        });
        assert_eq!(inner, ("Se connecter".to_string(), Lang::Ru, Lang::Fr));
        assert_eq!(current(), Lang::En);
    }

    #[test]
    fn every_language_answers_in_itself() {
        assert_eq!(t(Lang::En, "nav-sign-in"), "Sign in");
        assert_eq!(t(Lang::Fr, "nav-sign-in"), "Se connecter");
        assert_eq!(t(Lang::Ru, "nav-sign-in"), "Войти");
        assert_eq!(t(Lang::Ar, "nav-sign-in"), "تسجيل الدخول");
    }

    #[test]
    fn russian_and_arabic_plurals_follow_cldr() {
        let ru = |n| strip_isolation(&t_count(Lang::Ru, "registrants-count", n));
        assert_eq!(ru(1), "1 участник");
        assert_eq!(ru(3), "3 участника");
        assert_eq!(ru(5), "5 участников");
        assert_eq!(ru(21), "21 участник");
        assert_eq!(ru(2000), "2\u{a0}000 участников");
        let ar = |n| strip_isolation(&t_count(Lang::Ar, "registrants-count", n));
        assert_eq!(ar(0), "لا يوجد مشاركون");
        assert_eq!(ar(1), "مشارك واحد");
        assert_eq!(ar(2), "مشاركان");
        assert_eq!(ar(3), "3 مشاركين");
        assert_eq!(ar(11), "11 مشاركًا");
        assert_eq!(ar(100), "100 مشارك");
        let en = |n| strip_isolation(&t_count(Lang::En, "registrants-count", n));
        assert_eq!(en(1), "1 registrant");
        assert_eq!(en(2000), "2,000 registrants");
        let fr = |n| strip_isolation(&t_count(Lang::Fr, "registrants-count", n));
        assert_eq!(fr(1), "1 participant");
        assert_eq!(fr(2000), "2\u{202f}000 participants");
    }
}
