//! Conference content in several languages: a conference publishes its title,
//! description, privacy notice and its sessions' titles and abstracts in the
//! languages it lists; its default language's text is always there (the columns of
//! `conferences` and `sessions`), the others may be missing. [`pick`] is the one
//! rule that chooses which text a reader gets; pages, exports, mails and feeds all
//! call it (through `db::content`).

use super::lang::Lang;

/// A text as a reader gets it, and the language it is written in (the reader's,
/// or the default language's when there is no translation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub lang: Lang,
}

/// The reader's language's text where there is one (not blank), else the default
/// language's. `base` is the default language's text; `translation` the text
/// stored for `reader`, if any.
pub fn pick<'a>(
    reader: Lang,
    default: Lang,
    base: &'a str,
    translation: Option<&'a str>,
) -> Shown<'a> {
    match translation {
        Some(t) if reader != default && !is_missing(t) => Shown {
            text: t,
            lang: reader,
        },
        _ => Shown {
            text: base,
            lang: default,
        },
    }
}

/// A text that counts as not translated: empty or only spaces.
pub fn is_missing(text: &str) -> bool {
    text.trim().is_empty()
}

/// A conference's content languages in the order editors show them: the default
/// first, then the others in the UN order of [`Lang::ALL`], each once.
pub fn content_languages(default: Lang, listed: &[Lang]) -> Vec<Lang> {
    let mut out = vec![default];
    out.extend(
        Lang::ALL
            .into_iter()
            .filter(|l| *l != default && listed.contains(l)),
    );
    out
}

/// What a loaded session knows about its languages: the language its title and
/// abstract are shown in (set when the session was localised for a reader), the
/// floor language and the interpretation offered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionLanguages {
    pub title: Option<Lang>,
    pub summary: Option<Lang>,
    pub floor: Option<Lang>,
    pub interpretation: Vec<Lang>,
}

impl SessionLanguages {
    /// Whether the session offers interpretation into `lang`.
    pub fn interprets(&self, lang: Lang) -> bool {
        self.interpretation.contains(&lang)
    }
}

/// The languages a conference's title, description and privacy notice are shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConferenceLanguages {
    pub title: Lang,
    pub description: Lang,
    pub privacy: Lang,
}

impl ConferenceLanguages {
    /// All three in `lang` (a conference as stored: its default language).
    pub fn all(lang: Lang) -> Self {
        Self {
            title: lang,
            description: lang,
            privacy: lang,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readers_translation_wins_when_there_is_one() {
        let s = pick(Lang::Fr, Lang::En, "Opening", Some("Ouverture"));
        assert_eq!(s.text, "Ouverture");
        assert_eq!(s.lang, Lang::Fr);
    }

    #[test]
    fn a_missing_or_blank_translation_falls_back_to_the_default() {
        for t in [None, Some(""), Some("  \n")] {
            let s = pick(Lang::Ru, Lang::En, "Opening", t);
            assert_eq!((s.text, s.lang), ("Opening", Lang::En));
        }
    }

    #[test]
    fn a_reader_of_the_default_language_gets_the_stored_text() {
        let s = pick(Lang::En, Lang::En, "Opening", Some("stale"));
        assert_eq!((s.text, s.lang), ("Opening", Lang::En));
    }

    #[test]
    fn content_languages_start_with_the_default_and_list_each_once() {
        assert_eq!(
            content_languages(Lang::Fr, &[Lang::Es, Lang::Fr, Lang::Ar]),
            vec![Lang::Fr, Lang::Ar, Lang::Es]
        );
        assert_eq!(content_languages(Lang::En, &[]), vec![Lang::En]);
    }
}
