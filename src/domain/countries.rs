//! How people find their country: current short names where the ISO list still
//! carries an old one, the aliases people type ("USA", "UK", "South Korea", "Ivory
//! Coast"), matching without case or accents ("cote" finds Côte d'Ivoire), and the
//! order lists are sorted in (by the folded name, so "Åland Islands" sits under A and
//! "Türkiye" under T, never by byte order or ISO code).

/// Current English short names where the ISO data we embed is out of date.
const RENAMED: &[(&str, &str)] = &[
    ("SZ", "Eswatini"),
    ("MK", "North Macedonia"),
    ("TR", "Türkiye"),
    ("CZ", "Czechia"),
];

/// Other names people type for a country (folded when compared).
const ALIASES: &[(&str, &str)] = &[
    ("US", "USA; US; United States; America"),
    (
        "GB",
        "UK; United Kingdom; Great Britain; Britain; England; Scotland; Wales; Northern Ireland",
    ),
    ("KR", "South Korea; Republic of Korea; Korea, South"),
    ("KP", "North Korea; DPRK; Korea, North"),
    ("VN", "Vietnam; Viet Nam"),
    ("CI", "Ivory Coast; Cote d'Ivoire"),
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
    ("TR", "Turkey; Turkiye"),
    ("CZ", "Czech Republic"),
    ("NL", "Holland"),
    ("AE", "UAE; Emirates"),
    ("MM", "Burma"),
    ("TL", "East Timor"),
    ("KN", "St Kitts"),
    ("LC", "St Lucia"),
    ("VC", "St Vincent"),
];

/// The English short name for an alpha-2 code, given the ISO data's `iso_name`.
pub fn short_name(alpha2: &str, iso_name: &'static str) -> &'static str {
    RENAMED
        .iter()
        .find(|(c, _)| *c == alpha2)
        .map(|(_, n)| *n)
        .unwrap_or(iso_name)
}

/// The aliases of a country, if any.
pub fn aliases(alpha2: &str) -> impl Iterator<Item = &'static str> + '_ {
    ALIASES
        .iter()
        .filter(move |(c, _)| *c == alpha2)
        .flat_map(|(_, a)| a.split(';').map(str::trim))
}

/// Lower case, Latin accents removed, punctuation as spaces, spaces collapsed:
/// "Côte d’Ivoire" → "cote d ivoire". The JavaScript filter folds the same way.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'æ' => "ae",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => "i",
            'ł' => "l",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
            'œ' => "oe",
            'ř' => "r",
            'ś' | 'š' | 'ş' => "s",
            'ß' => "ss",
            'ť' | 'ţ' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            c if c.is_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => " ",
        };
        out.push_str(base);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the filter searches for one country: its folded name, aliases and code.
pub fn search_text(alpha2: &str, name: &str) -> String {
    let mut parts = vec![fold(name), alpha2.to_ascii_lowercase()];
    parts.extend(aliases(alpha2).map(fold));
    parts.join(" | ")
}

/// Whether `query` finds the country: every folded word of the query occurs in
/// its name or one alias (the rule the JavaScript filter applies too).
pub fn matches(alpha2: &str, name: &str, query: &str) -> bool {
    let q = fold(query);
    if q.is_empty() {
        return true;
    }
    std::iter::once(fold(name))
        .chain(aliases(alpha2).map(fold))
        .chain(std::iter::once(alpha2.to_ascii_lowercase()))
        .any(|candidate| q.split(' ').all(|w| candidate.contains(w)))
}

/// The sort key for lists of countries (and anything else named for people).
pub fn collation_key(name: &str) -> String {
    fold(name)
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
        assert!(matches("KR", "Korea (Republic of)", "south korea"));
        assert!(!matches("TF", "French Southern Territories", "south korea"));
        assert!(matches("US", "United States of America", "USA"));
        assert!(matches("GB", "United Kingdom", "uk"));
        assert!(matches("VN", "Viet Nam", "Vietnam"));
        assert!(matches("CI", "Côte d'Ivoire", "Ivory Coast"));
        assert!(matches("CI", "Côte d'Ivoire", "cote"));
    }

    #[test]
    fn renamed_countries_carry_their_current_names() {
        assert_eq!(short_name("SZ", "Swaziland"), "Eswatini");
        assert_eq!(short_name("TR", "Turkey"), "Türkiye");
        assert_eq!(short_name("CH", "Switzerland"), "Switzerland");
    }
}
