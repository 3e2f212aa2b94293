//! Parsed user input: emails, countries, time zones, names and passwords. Each
//! `parse` returns a message fit to show next to the form field.

use std::fmt;
use std::str::FromStr;

use super::l10n::{Arg, tr, tr_count, tr_with};
use super::secret::Secret;

/// Rejects control characters (including newlines unless `multiline`) and invisible
/// formatting characters (see [`is_spoofing_format`]), and bounds length.
pub fn clean_text(raw: &str, max_chars: usize, multiline: bool) -> Result<String, String> {
    let s = raw.trim();
    if s.chars().count() > max_chars {
        return Err(tr_count("form-too-long", max_chars as i64));
    }
    let bad = |c: char| {
        let allowed_ws = multiline && (c == '\n' || c == '\r' || c == '\t');
        (c.is_control() && !allowed_ws) || c == '\u{2028}' || c == '\u{2029}'
    };
    if s.chars().any(bad) {
        return Err(tr("form-control-characters"));
    }
    if has_spoofing_format(s) {
        return Err(tr("form-invisible-characters"));
    }
    Ok(s.to_string())
}

/// Unicode format characters (general category Cf) that only hide or reorder text:
/// bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) turn
/// "nimda" into "admin" on screen; zero-width space, word joiner, the invisible
/// operators and the byte-order mark (U+200B, U+2060–2064, U+FEFF), the soft hyphen
/// (U+00AD) and the Mongolian vowel separator (U+180E) make "ad\u{200B}min" look like
/// "admin"; deprecated format characters (U+206A–206F), interlinear annotation
/// (U+FFF9–FFFB), musical formatting (U+1D173–1D17A) and tag characters (U+E0001,
/// U+E0020–E007F) have no place in a name.
///
/// Kept, because writing systems need them: zero-width non-joiner and joiner
/// (U+200C/D: Persian "می‌خواهم", Hindi and Malayalam conjuncts, emoji sequences),
/// the left-to-right, right-to-left and Arabic letter marks (U+200E/F, U+061C: mixed
/// Arabic or Hebrew and Latin text), and the script-specific Cf characters (Arabic
/// number signs U+0600–0605, U+06DD, U+0890–0891, U+08E2; Syriac U+070F; Kaithi;
/// Egyptian hieroglyph and shorthand format controls). They cannot spoof Latin text
/// when attached to their own script, so the joiners and marks are refused only
/// right after a Latin letter, digit or ASCII character (where "ad\u{200D}min"
/// would pass for "admin").
pub fn has_spoofing_format(s: &str) -> bool {
    let mut prev: Option<char> = None;
    for c in s.chars() {
        let refused = match c {
            '\u{00AD}' | '\u{180E}' | '\u{200B}' | '\u{FEFF}' | '\u{E0001}' => true,
            '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0020}'..='\u{E007F}' => true,
            '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{061C}' => {
                prev.is_none_or(|p| p.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&p))
            }
            _ => false,
        };
        if refused {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// `s` cut to at most `max` characters, ending in "…" when cut (for chart labels;
/// the full text stays in the accompanying table).
pub fn ellipsize(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// An email address, normalised to lower case so that uniqueness is case-insensitive.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(tr("form-email-missing"));
        }
        if s.len() > 254 {
            return Err(tr("form-email-too-long"));
        }
        let example = tr("form-email-format");
        let Some((local, domain)) = s.rsplit_once('@') else {
            return Err(example);
        };
        if local.is_empty() || local.len() > 64 || !domain.contains('.') || domain.ends_with('.') {
            return Err(example);
        }
        if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(example);
        }
        // lettre's parser is the one that will have to accept it when we send mail.
        if lettre::Address::from_str(s).is_err() {
            return Err(example);
        }
        Ok(Self(s.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Wraps a value read back from the database (already normalised).
    pub fn from_db(s: String) -> Self {
        Self(s)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An ISO 3166-1 alpha-2 country code (stored as the two upper-case letters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, diesel::AsExpression, diesel::FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub struct CountryCode(isocountry::CountryCode);

impl CountryCode {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = raw.trim().to_ascii_uppercase();
        if s.is_empty() {
            return Err(tr("form-country-missing"));
        }
        isocountry::CountryCode::for_alpha2(&s)
            .map(Self)
            .map_err(|_| tr("form-country-unknown"))
    }

    pub fn alpha2(&self) -> &'static str {
        self.0.alpha2()
    }

    /// The name in the reader's language ([`super::l10n::current`]): "Switzerland",
    /// "Türkiye" in English, "Suisse", "瑞士", "سويسرا" (CLDR) in the others.
    pub fn name(&self) -> &'static str {
        self.name_in(super::l10n::current())
    }

    /// The name in `lang`.
    pub fn name_in(&self, lang: super::lang::Lang) -> &'static str {
        super::countries::name_in(lang, self.alpha2(), self.0.name())
    }

    /// The current English short name, e.g. "Switzerland", "Türkiye".
    pub fn english_name(&self) -> &'static str {
        super::countries::short_name(self.alpha2(), self.0.name())
    }

    /// What a country filter searches: the folded name in the reader's language,
    /// the English names, the aliases and the code.
    pub fn search_text(&self) -> String {
        super::countries::search_text(self.alpha2(), self.name(), self.english_name())
    }

    /// Every country, sorted by name in the reader's language and collation, for
    /// select lists.
    pub fn all_sorted() -> Vec<CountryCode> {
        Self::all_sorted_in(super::l10n::current())
    }

    /// Every country, sorted by name in `lang` and its collation.
    pub fn all_sorted_in(lang: super::lang::Lang) -> Vec<CountryCode> {
        let mut all: Vec<_> = isocountry::CountryCode::iter().map(|c| Self(*c)).collect();
        super::collation::sort_by_name(lang, &mut all, |c| c.name_in(lang));
        all
    }
}

impl fmt::Display for CountryCode {
    /// The alpha-2 code, as stored.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.alpha2())
    }
}

/// Sorts countries by name in the reader's language and collation (see
/// [`super::collation`]), never by code or byte order.
pub fn sort_by_name(list: &mut [CountryCode]) {
    let lang = super::l10n::current();
    super::collation::sort_by_name(lang, list, |c| c.name_in(lang));
}

/// The name of a stored alpha-2 code in the reader's language, or the code itself
/// if unknown.
pub fn country_name(alpha2: &str) -> String {
    CountryCode::parse(alpha2)
        .map(|c| c.name().to_string())
        .unwrap_or_else(|_| alpha2.to_string())
}

/// An IANA time zone such as `Europe/Zurich` (stored as its name).
#[derive(Clone, Copy, Debug, PartialEq, Eq, diesel::AsExpression, diesel::FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub struct TimeZone(pub chrono_tz::Tz);

impl TimeZone {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(tr("form-zone-missing"));
        }
        super::zones::resolve(s).map(Self).ok_or_else(|| {
            tr_with(
                "form-zone-unknown",
                &[("zone", Arg::Text(&truncate(s, 60)))],
            )
        })
    }

    pub fn name(&self) -> &'static str {
        self.0.name()
    }

    pub fn tz(&self) -> chrono_tz::Tz {
        self.0
    }
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// A person's name in any script: 1–120 characters, no control characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = clean_text(raw, 120, false)?;
        if s.is_empty() {
            return Err(tr("form-name-missing"));
        }
        Ok(Self(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password as typed: 10–128 characters, no composition rules (NIST SP 800-63B).
/// Wiped from memory on drop and never printed.
pub struct Password(Secret);

impl Password {
    pub const MIN: usize = 10;
    pub const MAX: usize = 128;

    pub fn parse(raw: &str) -> Result<Self, String> {
        let n = raw.chars().count();
        if n == 0 {
            return Err(tr("form-password-missing"));
        }
        if n < Self::MIN {
            return Err(tr_count("form-password-too-short", Self::MIN as i64));
        }
        if n > Self::MAX {
            return Err(tr_count("form-password-too-long", Self::MAX as i64));
        }
        Ok(Self(Secret::new(raw)))
    }

    pub fn expose(&self) -> &str {
        self.0.expose()
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_script_are_accepted() {
        for n in [
            "Nguyễn Thị Minh Khai",
            "محمد بن سلمان",
            "Zoë O'Brien-Łukasiewicz",
            "李小龍",
        ] {
            assert_eq!(PersonName::parse(n).unwrap().as_str(), n);
        }
    }

    #[test]
    fn spoofing_format_characters_are_refused() {
        for bad in [
            "ad\u{200B}min",
            "\u{202E}nimda",
            "Ann\u{2066}Lee\u{2069}",
            "\u{FEFF}Ann",
            "Ann\u{00AD}Lee",
            "ad\u{200D}min",
            "ad\u{200C}min",
            "admin\u{200E}",
            "\u{200D}Ann",
            "Ann\u{E0041}",
        ] {
            assert_eq!(
                PersonName::parse(bad),
                Err(tr("form-invisible-characters")),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn joiners_and_marks_of_other_scripts_are_kept() {
        for ok in [
            "می\u{200C}خواهم",   // Persian, ZWNJ
            "क्\u{200D}ष",        // Devanagari, ZWJ
            "ശ്രീ\u{200D}",       // Malayalam chillu
            "محمد\u{200F} (Mo)", // Arabic, RLM
            "王芳",
            "👩\u{200D}💻 Ana", // emoji sequence
        ] {
            assert_eq!(PersonName::parse(ok).unwrap().as_str(), ok, "{ok:?}");
        }
        assert!(clean_text("Acme\u{200B} Ltd", 200, false).is_err());
        assert!(clean_text("Line one\nline two", 200, true).is_ok());
    }

    #[test]
    fn control_characters_and_overlong_names_are_refused() {
        assert!(PersonName::parse("Ann\u{0007}").is_err());
        assert!(PersonName::parse("Ann\nBob").is_err());
        assert!(PersonName::parse(&"a".repeat(121)).is_err());
        assert!(PersonName::parse("   ").is_err());
    }

    #[test]
    fn emails_are_lowercased_and_checked() {
        assert_eq!(
            Email::parse(" Ann@Example.ORG ").unwrap().as_str(),
            "ann@example.org"
        );
        for bad in [
            "",
            "ann",
            "ann@",
            "@x.org",
            "a b@x.org",
            "ann@localhost",
            "ann\n@x.org",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn countries_are_iso_alpha2() {
        assert_eq!(CountryCode::parse("ch").unwrap().alpha2(), "CH");
        assert!(CountryCode::parse("XX").is_err());
        assert!(CountryCode::all_sorted().len() >= 249);
    }

    #[test]
    fn passwords_are_bounded_by_length_only() {
        assert!(Password::parse("short").is_err());
        assert!(Password::parse("long enough").is_ok());
        assert!(Password::parse(&"x".repeat(129)).is_err());
    }

    #[test]
    fn time_zones_are_iana_names() {
        assert_eq!(TimeZone::parse("Asia/Tokyo").unwrap().name(), "Asia/Tokyo");
        assert!(TimeZone::parse("Mars/Olympus").is_err());
    }

    #[test]
    fn messages_come_in_the_readers_language_with_plurals() {
        use crate::domain::l10n::{strip_isolation, with};
        use crate::domain::lang::Lang;
        let short = |lang| with(lang, || Password::parse("short").err().unwrap());
        assert_eq!(
            strip_isolation(&short(Lang::Fr)),
            "Le mot de passe doit comporter au moins 10 caractères"
        );
        assert_eq!(
            strip_isolation(&short(Lang::Ru)),
            "Пароль должен содержать не менее 10 символов"
        );
        let long = |lang| with(lang, || clean_text("abcdef", 1, false).err().unwrap());
        assert_eq!(strip_isolation(&long(Lang::Ru)), "Не более 1 символа");
        assert_eq!(
            strip_isolation(&long(Lang::Ar)),
            "يجب ألا يتجاوز النص حرفًا واحدًا"
        );
        assert_eq!(
            strip_isolation(&long(Lang::En)),
            "Must be 1 character or fewer"
        );
        assert_eq!(
            with(Lang::Zh, || Email::parse("").err().unwrap()),
            "请输入您的电子邮件地址"
        );
    }
}
