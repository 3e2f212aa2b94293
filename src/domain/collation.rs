//! Sorting and matching names as readers expect: the collation of the reader's
//! language from CLDR (ICU4X's compiled data: "Côte d’Ivoire" among the C's in French,
//! Chinese by pinyin, Arabic and Russian in their alphabets' order), and the folding
//! the search applies ("cote" finds Côte d'Ivoire, "турция" finds Турция).

use std::sync::LazyLock;

use icu_collator::options::{CollatorOptions, Strength};
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::LanguageIdentifier;
use icu_normalizer::DecomposingNormalizerBorrowed;

use super::lang::Lang;

/// One collator per language, in [`Lang::ALL`] order (tertiary strength: accents and
/// case only break ties between otherwise equal names).
static COLLATORS: LazyLock<Vec<CollatorBorrowed<'static>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| {
            let id: LanguageIdentifier = lang.code().parse().expect("a valid language code");
            let mut options = CollatorOptions::default();
            options.strength = Some(Strength::Tertiary);
            Collator::try_new((&id).into(), options).expect("compiled collation data")
        })
        .collect()
});

fn collator(lang: Lang) -> &'static CollatorBorrowed<'static> {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &COLLATORS[i]
}

/// The sort key of `name` in `lang`: keys compare bytewise as the names collate.
pub fn sort_key(lang: Lang, name: &str) -> Vec<u8> {
    let mut key = Vec::new();
    let Ok(()) = collator(lang).write_sort_key_to(name, &mut key);
    key
}

/// Compares two names in `lang`'s collation.
pub fn compare(lang: Lang, a: &str, b: &str) -> std::cmp::Ordering {
    collator(lang).compare(a, b)
}

/// Sorts `items` by the name `name_of` gives, in `lang`'s collation.
pub fn sort_by_name<T>(lang: Lang, items: &mut [T], name_of: impl Fn(&T) -> &str) {
    items.sort_by_cached_key(|item| sort_key(lang, name_of(item)));
}

/// Whether `c` is a mark the search ignores: Latin, Greek and Cyrillic accents (after
/// decomposition: é → e, й → и, ё → е) and Arabic vowel marks and hamza (أ, إ, آ → ا).
/// `static/app.js` drops the same ranges.
fn ignored_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}' | '\u{064b}'..='\u{065f}' | '\u{0670}')
}

/// Lower case, accents and marks removed, punctuation as spaces, spaces collapsed:
/// "Côte d’Ivoire" → "cote d ivoire". The browser's filter folds the same way.
pub fn fold(s: &str) -> String {
    const NFD: DecomposingNormalizerBorrowed<'static> = DecomposingNormalizerBorrowed::new_nfd();
    let lower: String = s.chars().flat_map(char::to_lowercase).collect();
    let mut out = String::with_capacity(lower.len());
    for c in NFD.normalize(&lower).chars().filter(|c| !ignored_mark(*c)) {
        match c {
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'đ' => out.push('d'),
            'ı' => out.push('i'),
            c if c.is_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lang: Lang, names: &[&'static str]) -> Vec<&'static str> {
        let mut v = names.to_vec();
        sort_by_name(lang, &mut v, |s| s);
        v
    }

    #[test]
    fn accents_sort_with_their_letter() {
        assert_eq!(
            sorted(
                Lang::Fr,
                &["Cuba", "Côte d’Ivoire", "Chine", "Danemark", "Égypte"]
            ),
            ["Chine", "Côte d’Ivoire", "Cuba", "Danemark", "Égypte"]
        );
        assert_eq!(
            sorted(Lang::Es, &["Perú", "Panamá", "Österreich", "Zambia"]),
            ["Österreich", "Panamá", "Perú", "Zambia"]
        );
    }

    #[test]
    fn chinese_sorts_by_pinyin_and_russian_by_its_alphabet() {
        // 阿 (ā), 巴 (bā), 中 (zhōng): pinyin order, not code-point order (中 < 巴 < 阿).
        assert_eq!(
            sorted(Lang::Zh, &["中国", "阿富汗", "巴西"]),
            ["阿富汗", "巴西", "中国"]
        );
        assert_eq!(
            sorted(Lang::Ru, &["Ёмкость", "Жук", "Египет", "Австрия"]),
            ["Австрия", "Египет", "Ёмкость", "Жук"]
        );
    }

    #[test]
    fn folding_drops_case_accents_marks_and_punctuation() {
        assert_eq!(fold("Côte d’Ivoire"), "cote d ivoire");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("  Åland   Islands "), "aland islands");
        assert_eq!(fold("Ёлка Йемен"), "елка иемен");
        assert_eq!(fold("الإمارات"), fold("الامارات"));
        assert_eq!(fold("日本"), "日本");
        assert_eq!(fold("Straße"), "strasse");
    }
}
