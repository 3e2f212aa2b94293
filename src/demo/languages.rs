//! The demo registrants' preferred languages, from their countries.

/// The language a person from `country` most plausibly reads among the six: the
/// demo's registrants prefer Arabic, Chinese, French, Russian or Spanish where those
/// are spoken, English elsewhere.
pub(super) fn country_language(country: &str) -> crate::domain::lang::Lang {
    use crate::domain::lang::Lang;
    const AR: &[&str] = &[
        "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA",
        "SA", "SO", "SD", "SY", "TN", "AE", "YE",
    ];
    const FR: &[&str] = &[
        "FR", "BE", "BJ", "BF", "BI", "CM", "CF", "TD", "CG", "CD", "CI", "GA", "GN", "HT", "LU",
        "MG", "ML", "MC", "NE", "RW", "SN", "TG",
    ];
    const ES: &[&str] = &[
        "ES", "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GQ", "GT", "HN", "MX", "NI",
        "PA", "PY", "PE", "UY", "VE",
    ];
    const RU: &[&str] = &["RU", "BY", "KZ", "KG", "TJ", "UZ", "TM", "AM", "AZ"];
    match country {
        c if AR.contains(&c) => Lang::Ar,
        "CN" | "SG" => Lang::Zh,
        c if FR.contains(&c) => Lang::Fr,
        c if ES.contains(&c) => Lang::Es,
        c if RU.contains(&c) => Lang::Ru,
        _ => Lang::En,
    }
}
