//! How people find their country: its name in the reader's language (CLDR's, from
//! `country_names.tsv`, written by `scripts/gen_country_names.py`; in English the
//! current short names where the ISO list still carries an old one), the aliases
//! people type ("USA", "UK", "South Korea", "Ivory Coast", "США"), matching without
//! case or accents ("cote" finds Côte d'Ivoire) in the reader's language and in
//! English, and the order lists are sorted in (the reader's collation, see
//! [`super::collation`]: never byte order or ISO code).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::collation;
use super::lang::Lang;

/// Current English short names where the ISO data we embed is out of date.
const RENAMED: &[(&str, &str)] = &[
    ("SZ", "Eswatini"),
    ("MK", "North Macedonia"),
    ("TR", "Türkiye"),
    ("CZ", "Czechia"),
];

/// Other names people type for a country (folded when compared).
const ALIASES: &[(&str, &str)] = &[
    (
        "US",
        "USA; US; United States; America; США; Америка; EEUU; EE UU; أمريكا",
    ),
    (
        "GB",
        "UK; United Kingdom; Great Britain; Britain; England; Scotland; Wales; Northern Ireland; \
         Англия; Angleterre; Inglaterra; 英格兰; إنجلترا; بريطانيا",
    ),
    (
        "KR",
        "South Korea; Republic of Korea; Korea, South; Южная Корея; 南韩",
    ),
    (
        "KP",
        "North Korea; DPRK; Korea, North; Северная Корея; КНДР; 北韩",
    ),
    ("VN", "Vietnam; Viet Nam"),
    (
        "CI",
        "Ivory Coast; Cote d'Ivoire; Берег Слоновой Кости; 象牙海岸; Costa de Marfil",
    ),
    ("RU", "Russia"),
    ("IR", "Iran"),
    ("SY", "Syria"),
    ("LA", "Laos"),
    ("BO", "Bolivia"),
    ("VE", "Venezuela"),
    ("TZ", "Tanzania"),
    ("MD", "Moldova"),
    ("FM", "Micronesia"),
    ("BN", "Brunei"),
    ("CV", "Cape Verde"),
    (
        "CD",
        "DR Congo; DRC; Congo-Kinshasa; Democratic Republic of the Congo",
    ),
    ("CG", "Congo-Brazzaville; Republic of the Congo"),
    ("VA", "Vatican"),
    ("PS", "Palestine"),
    ("TW", "Taiwan"),
    ("SZ", "Swaziland"),
    ("MK", "Macedonia"),
    (
        "TR",
        "Turkey; Turkiye; Türkiye; Турция; Turquie; Turquía; 土耳其; تركيا",
    ),
    ("CZ", "Czech Republic"),
    ("NL", "Holland"),
    ("AE", "UAE; Emirates; ОАЭ; EAU; 阿联酋"),
    ("MM", "Burma"),
    ("TL", "East Timor"),
    ("KN", "St Kitts"),
    ("LC", "St Lucia"),
    ("VC", "St Vincent"),
];

/// CLDR's names of every country in the six languages, in [`Lang::ALL`] order.
static NAMES: LazyLock<HashMap<&'static str, [&'static str; 6]>> = LazyLock::new(|| {
    include_str!("country_names.tsv")
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let code = fields.next()?;
            let mut names = [""; 6];
            for name in &mut names {
                *name = fields.next()?;
            }
            Some((code, names))
        })
        .collect()
});

fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

/// The English short name for an alpha-2 code, given the ISO data's `iso_name`.
pub fn short_name(alpha2: &str, iso_name: &'static str) -> &'static str {
    RENAMED
        .iter()
        .find(|(c, _)| *c == alpha2)
        .map(|(_, n)| *n)
        .unwrap_or(iso_name)
}

/// The name of a country in `lang`: CLDR's, and in English the ISO short name
/// (current, see [`short_name`]) given as `iso_name`, which the pages have always shown.
pub fn name_in(lang: Lang, alpha2: &str, iso_name: &'static str) -> &'static str {
    if lang == Lang::En {
        return short_name(alpha2, iso_name);
    }
    NAMES
        .get(alpha2)
        .map(|names| names[lang_index(lang)])
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| short_name(alpha2, iso_name))
}

/// The country's CLDR names in all six languages (for resolving what people type
/// whatever language they type it in).
pub fn names_everywhere(alpha2: &str) -> impl Iterator<Item = &'static str> {
    NAMES
        .get(alpha2)
        .into_iter()
        .flat_map(|n| n.iter().copied())
}

/// CLDR's English name ("South Korea", "United States"), if it has one.
fn cldr_english(alpha2: &str) -> Option<&'static str> {
    NAMES.get(alpha2).map(|n| n[lang_index(Lang::En)])
}

/// The aliases of a country, if any.
pub fn aliases(alpha2: &str) -> impl Iterator<Item = &'static str> + '_ {
    ALIASES
        .iter()
        .filter(move |(c, _)| *c == alpha2)
        .flat_map(|(_, a)| a.split(';').map(str::trim))
}

/// Lower case, accents removed, punctuation as spaces, spaces collapsed:
/// "Côte d’Ivoire" → "cote d ivoire". The JavaScript filter folds the same way.
pub fn fold(s: &str) -> String {
    collation::fold(s)
}

/// Every name a country is searched by: the name shown, its English names (ISO's
/// and CLDR's), its aliases; folded, duplicates dropped, the shown name first.
fn search_names(alpha2: &str, name: &str, english: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let all = [fold(name), fold(english)].into_iter().chain(
        cldr_english(alpha2)
            .into_iter()
            .chain(aliases(alpha2))
            .map(fold),
    );
    for folded in all {
        if !folded.is_empty() && !names.contains(&folded) {
            names.push(folded);
        }
    }
    names
}

/// What the filter searches for one country (`data-search`): the folded name shown
/// (in the reader's language), its English names, its code and aliases.
pub fn search_text(alpha2: &str, name: &str, english: &str) -> String {
    let mut parts = search_names(alpha2, name, english);
    parts.insert(1.min(parts.len()), alpha2.to_ascii_lowercase());
    parts.join(" | ")
}

/// Whether `query` finds the country: every folded word of the query occurs in
/// one of its names or aliases (the rule the JavaScript filter applies too).
pub fn matches(alpha2: &str, name: &str, english: &str, query: &str) -> bool {
    let q = fold(query);
    if q.is_empty() {
        return true;
    }
    search_names(alpha2, name, english)
        .into_iter()
        .chain(std::iter::once(alpha2.to_ascii_lowercase()))
        .any(|candidate| q.split(' ').all(|w| candidate.contains(w)))
}

/// The sort key for lists of countries (and anything else named for people), in
/// the reader's collation: keys compare as the names sort in the current language.
pub fn collation_key(name: &str) -> Vec<u8> {
    collation::sort_key(super::l10n::current(), name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_accents_and_punctuation() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d ivoire");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("  Åland   Islands "), "aland islands");
    }

    #[test]
    fn aliases_and_accentless_names_match() {
        let en = |code, name, q| matches(code, name, name, q);
        assert!(en("KR", "Korea (Republic of)", "south korea"));
        assert!(!en("TF", "French Southern Territories", "south korea"));
        assert!(en("US", "United States of America", "USA"));
        assert!(en("GB", "United Kingdom", "uk"));
        assert!(en("VN", "Viet Nam", "Vietnam"));
        assert!(en("CI", "Côte d'Ivoire", "Ivory Coast"));
        assert!(en("CI", "Côte d'Ivoire", "cote"));
        assert!(en("TR", "Türkiye", "Turkey"));
    }

    #[test]
    fn names_in_the_readers_language_and_english_both_match() {
        let ja = name_in(Lang::Zh, "JP", "Japan");
        assert_eq!(ja, "日本");
        assert!(matches("JP", ja, "Japan", "日本"));
        assert!(matches("JP", ja, "Japan", "japan"));
        let ru = name_in(Lang::Ru, "TR", "Turkey");
        assert_eq!(ru, "Турция");
        assert!(matches("TR", ru, "Türkiye", "турция"));
        assert!(matches(
            "US",
            name_in(Lang::Ru, "US", "x"),
            "United States",
            "США"
        ));
        assert!(matches(
            "DE",
            name_in(Lang::Fr, "DE", "Germany"),
            "Germany",
            "allemagne"
        ));
        assert!(search_text("JP", ja, "Japan").starts_with("日本 | jp | japan"));
    }

    #[test]
    fn every_language_has_a_name_for_every_iso_country() {
        for lang in Lang::ALL {
            for c in isocountry::CountryCode::iter() {
                let name = name_in(lang, c.alpha2(), c.name());
                assert!(!name.is_empty(), "{lang:?} {}", c.alpha2());
                if lang != Lang::En {
                    assert!(
                        NAMES.contains_key(c.alpha2()),
                        "CLDR has no name for {}",
                        c.alpha2()
                    );
                }
            }
        }
        assert_eq!(name_in(Lang::Fr, "CI", "Côte d'Ivoire"), "Côte d’Ivoire");
        assert_eq!(name_in(Lang::Ar, "EG", "Egypt"), "مصر");
        assert_eq!(name_in(Lang::Es, "SZ", "Swaziland"), "Esuatini");
    }

    #[test]
    fn renamed_countries_carry_their_current_names() {
        assert_eq!(short_name("SZ", "Swaziland"), "Eswatini");
        assert_eq!(short_name("TR", "Turkey"), "Türkiye");
        assert_eq!(short_name("CH", "Switzerland"), "Switzerland");
        assert_eq!(name_in(Lang::En, "SZ", "Swaziland"), "Eswatini");
    }
}
