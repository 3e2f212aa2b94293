//! UN M49 regions (the Statistics Division's "Standard country or area codes for
//! statistical use") of every ISO 3166-1 alpha-2 code, for the organizers' counts by
//! region. Taiwan and Kosovo, which M49 does not list, are counted where the
//! geographic scheme places their neighbours (Eastern Asia, Southern Europe).

/// An M49 region (the top level under "World").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    Africa,
    Americas,
    Asia,
    Europe,
    Oceania,
    Antarctica,
}

impl Region {
    pub const ALL: [Region; 6] = [
        Region::Africa,
        Region::Americas,
        Region::Asia,
        Region::Europe,
        Region::Oceania,
        Region::Antarctica,
    ];

    /// The region's name in the reader's language ("Africa", "Afrique", "非洲").
    pub fn label(self) -> &'static str {
        let lang = super::l10n::current();
        let l = super::lang::Lang::ALL
            .iter()
            .position(|x| *x == lang)
            .unwrap_or(0);
        let r = Region::ALL.iter().position(|x| *x == self).unwrap_or(0);
        &LABELS[l][r]
    }

    fn key(self) -> &'static str {
        match self {
            Region::Africa => "data-region-africa",
            Region::Americas => "data-region-americas",
            Region::Asia => "data-region-asia",
            Region::Europe => "data-region-europe",
            Region::Oceania => "data-region-oceania",
            Region::Antarctica => "data-region-antarctica",
        }
    }

    /// The M49 numeric code ("002" for Africa); Antarctica has none of its own.
    pub fn m49(self) -> &'static str {
        match self {
            Region::Africa => "002",
            Region::Americas => "019",
            Region::Asia => "142",
            Region::Europe => "150",
            Region::Oceania => "009",
            Region::Antarctica => "010",
        }
    }
}

/// Every region's name in every language ([`super::lang::Lang::ALL`] order), looked
/// up once so [`Region::label`] can lend them out.
static LABELS: std::sync::LazyLock<Vec<Vec<String>>> = std::sync::LazyLock::new(|| {
    super::lang::Lang::ALL
        .iter()
        .map(|lang| {
            Region::ALL
                .iter()
                .map(|r| super::l10n::t(*lang, r.key()))
                .collect()
        })
        .collect()
});

const AFRICA: &str = "DZ EG LY MA SD TN EH \
    IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW \
    AO CM CF TD CG CD GQ GA ST \
    BW SZ LS NA ZA \
    BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG";
const AMERICAS: &str = "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI \
    BZ CR SV GT HN MX NI PA \
    AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE \
    BM CA GL PM US";
const ASIA: &str = "KZ KG TJ TM UZ \
    CN HK MO KP JP MN KR TW \
    BN KH ID LA MY MM PH SG TH TL VN \
    AF BD BT IN IR MV NP PK LK \
    AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE";
const EUROPE: &str = "BY BG CZ HU PL MD RO RU SK UA \
    AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB \
    AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK \
    AT BE FR DE LI LU MC NL CH";
const OCEANIA: &str = "AU CX CC HM NZ NF \
    FJ NC PG SB VU \
    GU KI MH FM NR MP PW UM \
    AS CK PF NU PN WS TK TO TV WF";

/// The region of an ISO alpha-2 code (any case), `None` for a code we do not know.
pub fn region_of(alpha2: &str) -> Option<Region> {
    let code = alpha2.trim().to_ascii_uppercase();
    if code.len() != 2 {
        return None;
    }
    if code == "AQ" {
        return Some(Region::Antarctica);
    }
    [
        (AFRICA, Region::Africa),
        (AMERICAS, Region::Americas),
        (ASIA, Region::Asia),
        (EUROPE, Region::Europe),
        (OCEANIA, Region::Oceania),
    ]
    .into_iter()
    .find(|(list, _)| list.split_whitespace().any(|c| c == code))
    .map(|(_, r)| r)
}

/// Counts per region from counts per country, in [`Region::ALL`] order, regions
/// without anyone left out; codes of no region are summed under `None`.
pub fn by_region<'a>(
    by_country: impl IntoIterator<Item = (&'a str, i64)>,
) -> Vec<(Option<Region>, i64)> {
    let mut known = [0i64; 6];
    let mut unknown = 0;
    for (code, n) in by_country {
        match region_of(code) {
            Some(r) => known[Region::ALL.iter().position(|x| *x == r).unwrap_or(0)] += n,
            None => unknown += n,
        }
    }
    let mut out: Vec<(Option<Region>, i64)> = Region::ALL
        .iter()
        .zip(known)
        .filter(|(_, n)| *n > 0)
        .map(|(r, n)| (Some(*r), n))
        .collect();
    if unknown > 0 {
        out.push((None, unknown));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_iso_country_has_exactly_one_region() {
        for c in isocountry::CountryCode::iter() {
            let code = c.alpha2();
            let n = [AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA]
                .iter()
                .filter(|l| l.split_whitespace().any(|x| x == code))
                .count()
                + usize::from(code == "AQ");
            assert_eq!(n, 1, "{code} ({}) is in {n} regions", c.name());
        }
    }

    #[test]
    fn regions_add_up() {
        assert_eq!(region_of("ch"), Some(Region::Europe));
        assert_eq!(region_of("KR"), Some(Region::Asia));
        assert_eq!(region_of("MX"), Some(Region::Americas));
        let counts = by_region([("CH", 3), ("FR", 2), ("KE", 1), ("ZZ", 4)]);
        assert_eq!(
            counts,
            vec![
                (Some(Region::Africa), 1),
                (Some(Region::Europe), 5),
                (None, 4)
            ]
        );
        assert_eq!(counts.iter().map(|c| c.1).sum::<i64>(), 10);
    }

    #[test]
    fn regions_are_named_in_the_readers_language() {
        use crate::domain::{l10n, lang::Lang};
        assert_eq!(Region::Africa.label(), "Africa");
        assert_eq!(
            l10n::with(Lang::Fr, || Region::Americas.label()),
            "Amériques"
        );
        assert_eq!(l10n::with(Lang::Zh, || Region::Europe.label()), "欧洲");
        assert_eq!(l10n::with(Lang::Ar, || Region::Asia.label()), "آسيا");
    }
}
