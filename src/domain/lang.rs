//! The six languages Plenary speaks, and the choice among them from what a browser
//! asks for (`Accept-Language`). Codes are the BCP 47 primary subtags; Chinese is
//! Simplified (`zh`, also chosen for `zh-CN`, `zh-Hans`, `zh-SG`).

use std::fmt;

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, diesel::AsExpression, diesel::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum Lang {
    Ar,
    Zh,
    #[default]
    En,
    Fr,
    Ru,
    Es,
}

impl Lang {
    /// In the order of the UN's official languages (alphabetical in English).
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, as a language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    /// The writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// A code as given in `?lang=`, a cookie or a profile: exact, case-insensitive,
    /// a region or script subtag allowed (`fr-CH`, `zh-Hans`); `zh-TW`/`zh-Hant`
    /// (Traditional) is not Simplified Chinese and is not taken.
    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = code.split('-');
        let primary = parts.next()?;
        let lang = Lang::ALL.into_iter().find(|l| l.code() == primary)?;
        if lang == Lang::Zh
            && code
                .split('-')
                .skip(1)
                .any(|s| matches!(s, "hant" | "tw" | "hk" | "mo"))
        {
            return None;
        }
        Some(lang)
    }

    /// The best of our languages for an `Accept-Language` header: the entries in
    /// order of their `q` (ties keep the header's order), the first we speak.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut ranges: Vec<(f32, usize, &str)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut fields = part.split(';');
                let tag = fields.next()?.trim();
                let q = fields
                    .filter_map(|f| f.trim().strip_prefix("q="))
                    .find_map(|q| q.trim().parse::<f32>().ok())
                    .unwrap_or(1.0);
                (!tag.is_empty() && q > 0.0 && q.is_finite()).then_some((q, i, tag))
            })
            .take(32)
            .collect();
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges.into_iter().find_map(|(_, _, tag)| Lang::parse(tag))
    }

    /// `n` with the reader's digit grouping: "2,000" (en, zh, ar), "2 000" (fr, with a
    /// narrow no-break space; ru, with a no-break space), "2000" and "20.000" (es,
    /// which groups from five digits on).
    pub fn number(self, n: i64) -> String {
        let (sep, min_digits) = match self {
            Lang::En | Lang::Zh | Lang::Ar => (",", 4),
            Lang::Fr => ("\u{202f}", 4),
            Lang::Ru => ("\u{a0}", 4),
            Lang::Es => (".", 5),
        };
        let digits = n.unsigned_abs().to_string();
        let mut out = String::new();
        if digits.len() >= min_digits {
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    out.push_str(sep);
                }
                out.push(c);
            }
        } else {
            out = digits;
        }
        if n < 0 {
            out.insert(0, '-');
        }
        out
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn codes_parse_with_regions_and_scripts() {
        assert_eq!(Lang::parse("fr-CH"), Some(Lang::Fr));
        assert_eq!(Lang::parse("ZH_hans"), Some(Lang::Zh));
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("zh-TW"), None);
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(""), None);
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.code()), Some(l));
        }
    }

    #[test]
    fn accept_language_picks_the_best_language_we_speak() {
        assert_eq!(
            Lang::negotiate("de-DE,de;q=0.9,fr;q=0.8,en;q=0.7"),
            Some(Lang::Fr)
        );
        assert_eq!(Lang::negotiate("en;q=0.5, ar"), Some(Lang::Ar));
        assert_eq!(Lang::negotiate("zh-TW,zh;q=0.8"), Some(Lang::Zh));
        assert_eq!(Lang::negotiate("de, ja"), None);
        assert_eq!(Lang::negotiate("ru;q=0, es;q=0.1"), Some(Lang::Es));
        assert_eq!(Lang::negotiate(""), None);
        assert_eq!(Lang::negotiate("*"), None);
    }

    #[test]
    fn numbers_are_grouped_the_readers_way() {
        assert_eq!(Lang::En.number(2000), "2,000");
        assert_eq!(Lang::Fr.number(2000), "2\u{202f}000");
        assert_eq!(Lang::Ru.number(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(Lang::Es.number(2000), "2000");
        assert_eq!(Lang::Es.number(20000), "20.000");
        assert_eq!(Lang::Zh.number(713), "713");
        assert_eq!(Lang::En.number(-1500), "-1,500");
    }
}
