//! Time zones as people name them: the canonical zones of the IANA database with
//! their country (no deprecated aliases such as `Asia/Calcutta`, no `US/Eastern`, no
//! `Etc/GMT+8`, whose POSIX sign is inverted: it means UTC−8), each zone's current
//! UTC offset for the picker, and [`resolve`], which turns what a person typed
//! ("asia/tokyo", "Beijing", "Cairo", "India", "GMT+8", "UTC+8") into a zone.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{DateTime, Offset, TimeZone as _, Utc};
use chrono_tz::Tz;

use super::countries::fold;
use super::lang::Lang;

/// `zone.tab` of the IANA database: one canonical zone per line with its country.
const ZONE_TAB: &str = include_str!("zone_tab.txt");

/// Cities and countries people type that are not in a zone's name (capitals and
/// large cities sharing another city's zone).
const CITY_ALIASES: &[(&str, &str)] = &[
    (
        "Asia/Shanghai",
        "Beijing; Peking; Guangzhou; Shenzhen; Hong Kong time",
    ),
    (
        "Asia/Kolkata",
        "Delhi; New Delhi; Mumbai; Bombay; Bangalore; Bengaluru; Chennai; Calcutta",
    ),
    ("Asia/Karachi", "Islamabad; Lahore"),
    ("Asia/Dhaka", "Dacca"),
    ("Asia/Ho_Chi_Minh", "Hanoi; Saigon"),
    ("Asia/Yangon", "Rangoon; Naypyidaw"),
    ("Asia/Kathmandu", "Katmandu"),
    ("Asia/Riyadh", "Mecca; Jeddah"),
    ("Asia/Dubai", "Abu Dhabi"),
    ("Europe/Zurich", "Geneva; Bern; Basel; Lausanne"),
    ("Europe/Berlin", "Frankfurt; Munich; Hamburg; Bonn"),
    ("Europe/Kyiv", "Kiev"),
    ("Europe/Istanbul", "Ankara"),
    ("Europe/Rome", "Milan; Naples"),
    ("Europe/Madrid", "Barcelona"),
    (
        "America/New_York",
        "Washington; Boston; Philadelphia; Atlanta; Miami; Eastern",
    ),
    ("America/Chicago", "Houston; Dallas; Central"),
    ("America/Los_Angeles", "San Francisco; Seattle; Pacific"),
    ("America/Denver", "Mountain"),
    ("America/Toronto", "Ottawa; Montreal"),
    ("America/Sao_Paulo", "Brasilia; Rio de Janeiro"),
    ("America/Argentina/Buenos_Aires", "Argentina"),
    ("Australia/Sydney", "Canberra"),
    ("Pacific/Auckland", "Wellington"),
    ("Africa/Lagos", "Abuja"),
    ("Africa/Johannesburg", "Pretoria; Cape Town"),
    ("Africa/Casablanca", "Rabat"),
    ("Africa/Abidjan", "Yamoussoukro; Ivory Coast"),
];

/// A canonical zone and what it is searched by.
pub struct KnownZone {
    pub tz: Tz,
    /// ISO 3166 alpha-2 code of its country ("" for UTC).
    pub country: &'static str,
    /// "Tokyo", "Buenos Aires": the last part of the name, underscores as spaces.
    pub city: String,
}

/// Every canonical zone (the IANA `zone.tab` list plus UTC), sorted by name.
pub static KNOWN: LazyLock<Vec<KnownZone>> = LazyLock::new(|| {
    let mut v: Vec<KnownZone> = ZONE_TAB
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (cc, name) = l.split_once(' ')?;
            let tz: Tz = name.trim().parse().ok()?;
            Some(KnownZone {
                tz,
                country: cc,
                city: city_of(tz),
            })
        })
        .collect();
    v.push(KnownZone {
        tz: Tz::UTC,
        country: "",
        city: "UTC".into(),
    });
    v.sort_by(|a, b| a.tz.name().cmp(b.tz.name()));
    v
});

fn city_of(tz: Tz) -> String {
    tz.name()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .replace('_', " ")
}

/// Whether the picker offers `tz`: canonical zones only.
pub fn is_offered(tz: Tz) -> bool {
    KNOWN.iter().any(|z| z.tz == tz)
}

/// "UTC+8", "UTC+5:30", "UTC−3" (a true minus sign), "UTC" for zero.
pub fn offset_label(seconds: i32) -> String {
    if seconds == 0 {
        return "UTC".into();
    }
    let sign = if seconds < 0 { '−' } else { '+' };
    let m = seconds.unsigned_abs() / 60;
    if m.is_multiple_of(60) {
        format!("UTC{sign}{}", m / 60)
    } else {
        format!("UTC{sign}{}:{:02}", m / 60, m % 60)
    }
}

/// The zone's UTC offset at `now`, as [`offset_label`] writes it.
pub fn current_offset(tz: Tz, now: DateTime<Utc>) -> String {
    offset_label(
        tz.offset_from_utc_datetime(&now.naive_utc())
            .fix()
            .local_minus_utc(),
    )
}

/// One line of the zone picker.
pub struct ZoneChoice {
    /// The zone's IANA name, the value submitted.
    pub name: &'static str,
    /// "Japan · Tokyo · UTC+9": what the picker shows and searches.
    pub label: String,
}

/// The picker's list at `now`: every canonical zone with its country and its
/// current offset, sorted by name, in the reader's language ("Chine · Shanghai
/// (Pékin) · UTC+8", "中国 · 上海 (北京) · UTC+8").
pub fn choices(now: DateTime<Utc>) -> Vec<ZoneChoice> {
    let lang = super::l10n::current();
    KNOWN
        .iter()
        .map(|z| {
            let country = country_name(z.country, lang);
            let (city, extra) = match local_city(z.tz, lang) {
                Some((city, extra)) if lang != Lang::En => (city.to_string(), extra.join(", ")),
                _ => (
                    z.city.clone(),
                    aliases_of(z.tz).collect::<Vec<_>>().join(", "),
                ),
            };
            let mut label = String::new();
            if !country.is_empty() {
                label.push_str(country);
                label.push_str(" · ");
            }
            label.push_str(&city);
            if !extra.is_empty() {
                label.push_str(&format!(" ({extra})"));
            }
            label.push_str(" · ");
            label.push_str(&current_offset(z.tz, now));
            ZoneChoice {
                name: z.tz.name(),
                label,
            }
        })
        .collect()
}

/// A zone as a reader of `lang` names it in a sentence or a mail: its city in their
/// language and its country ("Paris (France)", "巴黎（法国）", "Париж (Франция)"),
/// "UTC" for UTC; the IANA name only for a zone CLDR has no city for.
pub fn zone_label(tz: Tz, lang: Lang) -> String {
    if tz == Tz::UTC {
        return "UTC".into();
    }
    let Some(zone) = KNOWN.iter().find(|z| z.tz == tz) else {
        return tz.name().to_string();
    };
    let city = match local_city(tz, lang) {
        Some((city, _)) => city.to_string(),
        None if lang == Lang::En => zone.city.clone(),
        None => return tz.name().to_string(),
    };
    match country_name(zone.country, lang) {
        "" => city,
        country if lang == Lang::Zh => format!("{city}（{country}）"),
        country => format!("{city} ({country})"),
    }
}

/// CLDR's city of each zone in the six languages ([`Lang::ALL`] order), each with
/// the capitals sharing the zone after a `;` (from `scripts/gen_country_names.py`).
static LOCAL_CITIES: LazyLock<HashMap<&'static str, [&'static str; 6]>> = LazyLock::new(|| {
    include_str!("zone_cities.tsv")
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let zone = fields.next()?;
            let mut names = [""; 6];
            for name in &mut names {
                *name = fields.next()?;
            }
            Some((zone, names))
        })
        .collect()
});

/// The zone's city in `lang` and the capitals that share it: ("上海", ["北京"]).
fn local_city(tz: Tz, lang: Lang) -> Option<(&'static str, Vec<&'static str>)> {
    let i = Lang::ALL.iter().position(|l| *l == lang)?;
    let mut parts = LOCAL_CITIES.get(tz.name())?[i].split(';');
    let city = parts.next().filter(|c| !c.is_empty())?;
    Some((city, parts.collect()))
}

/// The zone whose city (or a capital sharing it) is `q` (folded) in any language.
fn by_local_city(q: &str) -> Option<Tz> {
    LOCAL_CITIES
        .iter()
        .find(|(_, names)| {
            names
                .iter()
                .flat_map(|n| n.split(';'))
                .any(|n| fold(n) == q)
        })
        .and_then(|(zone, _)| zone.parse().ok())
}

fn country_name(alpha2: &str, lang: Lang) -> &'static str {
    super::CountryCode::parse(alpha2)
        .map(|c| c.name_in(lang))
        .unwrap_or("")
}

fn aliases_of(tz: Tz) -> impl Iterator<Item = &'static str> {
    CITY_ALIASES
        .iter()
        .filter(move |(z, _)| *z == tz.name())
        .flat_map(|(_, a)| a.split(';').map(str::trim))
}

/// Turns what a person typed into a zone: an IANA name in any case (a deprecated
/// alias becomes its canonical zone where the words say which), "GMT+8"/"UTC+8"/"UTC-3" (meaning what people mean: UTC+8, whole hours), a
/// city ("Tokyo", "Beijing", "Delhi"), or a country with a single zone ("Egypt").
pub fn resolve(raw: &str) -> Option<Tz> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    // The name in any case; a deprecated alias ("Egypt", "Asia/Calcutta",
    // "US/Eastern") only when no canonical zone answers to the same words.
    let named = s.parse::<Tz>().ok().or_else(|| {
        chrono_tz::TZ_VARIANTS
            .iter()
            .find(|z| z.name().eq_ignore_ascii_case(s))
            .copied()
    });
    if let Some(tz) = named.filter(|tz| is_offered(*tz)) {
        return Some(tz);
    }
    if let Some(tz) = fixed_offset(s) {
        return Some(tz);
    }
    words(s).or(named)
}

/// A city, a city's other name, or a country with a single zone.
fn words(s: &str) -> Option<Tz> {
    // "Asia/Calcutta" and "US/Eastern" are looked up by their last part.
    let q = fold(s.rsplit('/').next().unwrap_or(s));
    let by_city = KNOWN
        .iter()
        .find(|z| fold(&z.city) == q)
        .map(|z| z.tz)
        .or_else(|| {
            CITY_ALIASES
                .iter()
                .find(|(_, a)| a.split(';').any(|a| fold(a) == q))
                .and_then(|(z, _)| z.parse().ok())
        });
    if let Some(tz) = by_city.or_else(|| by_local_city(&q)) {
        return Some(tz);
    }
    let country = super::CountryCode::all_sorted_in(Lang::En)
        .into_iter()
        .find(|c| {
            fold(c.english_name()) == q
                || super::countries::names_everywhere(c.alpha2()).any(|n| fold(n) == q)
                || super::countries::aliases(c.alpha2()).any(|a| fold(a) == q)
                || c.alpha2().eq_ignore_ascii_case(s)
        })?;
    let mut zones = KNOWN.iter().filter(|z| z.country == country.alpha2());
    match (zones.next(), zones.next()) {
        (Some(z), None) => Some(z.tz),
        _ => None,
    }
}

/// "GMT+8", "UTC+8", "utc-3", "UTC+08:00", "GMT": the `Etc/GMT∓N` zone with the
/// offset people mean (POSIX names invert the sign: `Etc/GMT-8` is UTC+8).
fn fixed_offset(s: &str) -> Option<Tz> {
    let upper = s.to_ascii_uppercase().replace(' ', "");
    let rest = upper
        .strip_prefix("UTC")
        .or_else(|| upper.strip_prefix("GMT"))?;
    if rest.is_empty() {
        return Some(Tz::UTC);
    }
    let (sign, digits) = match rest.chars().next()? {
        '+' => (1, &rest[1..]),
        '-' | '−' => (-1, &rest[rest.chars().next()?.len_utf8()..]),
        _ => return None,
    };
    let hours = match digits.split_once(':') {
        Some((h, "00")) => h,
        Some(_) => return None,
        None => digits,
    };
    let h: i32 = hours.parse().ok()?;
    if !(0..=14).contains(&h) {
        return None;
    }
    if h == 0 {
        return Some(Tz::UTC);
    }
    let posix = -sign * h;
    format!(
        "Etc/GMT{}{}",
        if posix > 0 { "+" } else { "-" },
        posix.abs()
    )
    .parse()
    .ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_zone_is_labelled_by_its_city_and_country_in_the_readers_language() {
        let paris = chrono_tz::Europe::Paris;
        assert_eq!(zone_label(paris, Lang::En), "Paris (France)");
        assert_eq!(zone_label(paris, Lang::Ru), "Париж (Франция)");
        assert_eq!(
            zone_label(chrono_tz::Europe::Zurich, Lang::Fr),
            "Zurich (Suisse)"
        );
        assert_eq!(zone_label(chrono_tz::Asia::Tokyo, Lang::Zh), "东京（日本）");
        assert_eq!(zone_label(Tz::UTC, Lang::Ar), "UTC");
    }

    use super::*;

    #[test]
    fn people_type_cities_countries_and_any_case() {
        assert_eq!(resolve("Beijing"), Some(Tz::Asia__Shanghai));
        assert_eq!(resolve("cairo"), Some(Tz::Africa__Cairo));
        assert_eq!(resolve("Delhi"), Some(Tz::Asia__Kolkata));
        assert_eq!(resolve("asia/tokyo"), Some(Tz::Asia__Tokyo));
        assert_eq!(resolve("Egypt"), Some(Tz::Africa__Cairo));
        assert_eq!(resolve("japan"), Some(Tz::Asia__Tokyo));
        assert_eq!(resolve("Asia/Calcutta"), Some(Tz::Asia__Kolkata));
        assert_eq!(resolve("US/Eastern"), Some(Tz::America__New_York));
        assert_eq!(resolve("UTC"), Some(Tz::UTC));
        assert_eq!(resolve("Mars"), None);
    }

    #[test]
    fn gmt_plus_eight_means_utc_plus_eight() {
        let tz = resolve("GMT+8").unwrap();
        let now = Utc::now();
        assert_eq!(current_offset(tz, now), "UTC+8");
        assert_eq!(current_offset(resolve("UTC-3").unwrap(), now), "UTC−3");
    }

    #[test]
    fn the_picker_hides_aliases_and_inverted_etc_zones() {
        let now = Utc::now();
        let list = choices(now);
        assert!(list.iter().all(|c| !c.name.starts_with("Etc/")));
        assert!(
            list.iter()
                .all(|c| c.name != "Asia/Calcutta" && c.name != "US/Eastern")
        );
        let shanghai = list.iter().find(|c| c.name == "Asia/Shanghai").unwrap();
        assert!(shanghai.label.contains("Beijing"), "{}", shanghai.label);
        assert!(shanghai.label.ends_with("UTC+8"), "{}", shanghai.label);
    }

    #[test]
    fn the_picker_speaks_the_readers_language() {
        let now = Utc::now();
        let label = |lang, zone: &str| {
            super::super::l10n::with(lang, || choices(now))
                .into_iter()
                .find(|c| c.name == zone)
                .map(|c| c.label)
                .unwrap()
        };
        let fr = label(Lang::Fr, "Asia/Shanghai");
        assert!(fr.starts_with("Chine · Shanghai (Pékin) · UTC+8"), "{fr}");
        let zh = label(Lang::Zh, "Asia/Shanghai");
        assert!(zh.starts_with("中国 · 上海 (北京) · UTC+8"), "{zh}");
        assert!(label(Lang::Fr, "Africa/Cairo").contains("Le Caire"));
        assert!(label(Lang::Ru, "Europe/Moscow").starts_with("Россия · Москва"));
        assert!(label(Lang::Ar, "Africa/Cairo").starts_with("مصر · القاهرة"));
        assert!(label(Lang::En, "Africa/Cairo").starts_with("Egypt · Cairo"));
    }

    #[test]
    fn cities_and_countries_are_found_in_every_language() {
        assert_eq!(resolve("Pékin"), Some(Tz::Asia__Shanghai));
        assert_eq!(resolve("北京"), Some(Tz::Asia__Shanghai));
        assert_eq!(resolve("Le Caire"), Some(Tz::Africa__Cairo));
        assert_eq!(resolve("Москва"), Some(Tz::Europe__Moscow));
        assert_eq!(resolve("Égypte"), Some(Tz::Africa__Cairo));
        assert_eq!(resolve("日本"), Some(Tz::Asia__Tokyo));
    }

    #[test]
    fn offsets_are_written_with_a_true_minus() {
        assert_eq!(offset_label(19_800), "UTC+5:30");
        assert_eq!(offset_label(-10_800), "UTC−3");
        assert_eq!(offset_label(0), "UTC");
    }
}
