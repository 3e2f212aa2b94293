//! Conference content in several languages, in the back office: the content
//! languages ticked on the settings form, the translation editor of the
//! conference's title, description and privacy notice, and of a session's title
//! and abstract (with its floor and interpretation languages). Each editor shows
//! the conference's languages side by side, the default language's text for
//! reference, and marks what is not translated yet.

use std::collections::HashMap;

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section};
use crate::db;
use crate::db::content::{ConferenceText, SessionText};
use crate::db::sessions::Session;
use crate::domain::content::is_missing;
use crate::domain::l10n::{self, Arg};
use crate::domain::lang::Lang;
use crate::domain::text::clean_text;
use crate::domain::{FieldErrors, SessionId};
use crate::service::content::{self as svc, SessionContent};
use crate::web::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};

// ---------------------------------------------------------------- settings form

/// The content-language checkboxes of the settings form (`content_fr=yes` …).
#[derive(Default, Deserialize, Clone)]
pub struct LanguageBoxes {
    #[serde(default)]
    content_ar: Option<String>,
    #[serde(default)]
    content_zh: Option<String>,
    #[serde(default)]
    content_en: Option<String>,
    #[serde(default)]
    content_fr: Option<String>,
    #[serde(default)]
    content_ru: Option<String>,
    #[serde(default)]
    content_es: Option<String>,
}

impl LanguageBoxes {
    pub fn from_langs(langs: &[Lang]) -> Self {
        let on = |l: Lang| langs.contains(&l).then(|| "yes".to_string());
        Self {
            content_ar: on(Lang::Ar),
            content_zh: on(Lang::Zh),
            content_en: on(Lang::En),
            content_fr: on(Lang::Fr),
            content_ru: on(Lang::Ru),
            content_es: on(Lang::Es),
        }
    }

    /// Whether `lang`'s box is ticked.
    pub fn ticked(&self, lang: &Lang) -> bool {
        match lang {
            Lang::Ar => self.content_ar.is_some(),
            Lang::Zh => self.content_zh.is_some(),
            Lang::En => self.content_en.is_some(),
            Lang::Fr => self.content_fr.is_some(),
            Lang::Ru => self.content_ru.is_some(),
            Lang::Es => self.content_es.is_some(),
        }
    }

    /// The ticked boxes as hidden fields (a confirmation page re-posts them).
    pub fn hidden(&self) -> Vec<(&'static str, String)> {
        [
            ("content_ar", &self.content_ar),
            ("content_zh", &self.content_zh),
            ("content_en", &self.content_en),
            ("content_fr", &self.content_fr),
            ("content_ru", &self.content_ru),
            ("content_es", &self.content_es),
        ]
        .into_iter()
        .filter_map(|(name, v)| v.clone().map(|v| (name, v)))
        .collect()
    }

    /// The ticked languages, `default` always among them.
    pub fn languages(&self, default: Lang) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|l| *l == default || self.ticked(l))
            .collect()
    }
}

/// The settings form's boxes as stored for conference `id`.
pub async fn boxes_of(
    state: &AppState,
    id: crate::domain::ConferenceId,
) -> Result<LanguageBoxes, AppError> {
    let langs = state
        .db
        .run(move |c| Ok::<_, AppError>(db::content::listed_languages(c, id)?))
        .await?;
    Ok(LanguageBoxes::from_langs(&langs))
}

// ---------------------------------------------------------------- the columns

/// One text field of one language in an editor.
pub struct TextField {
    /// The form field (`title_fr`), also its id.
    pub name: String,
    pub label: String,
    pub value: String,
    pub rows: usize,
    pub missing: bool,
    pub error: Option<String>,
}

/// One language's column in an editor.
pub struct LangColumn {
    pub code: &'static str,
    pub dir: &'static str,
    pub name: &'static str,
    /// The default language: shown for reference, edited elsewhere.
    pub is_default: bool,
    /// How many of its fields are not translated.
    pub missing: i64,
    pub fields: Vec<TextField>,
}

/// (field key, message id of its label, rows: 1 for a one-line input, max chars,
/// multi-line).
type FieldSpec = (&'static str, &'static str, usize, usize, bool);

const CONFERENCE_FIELDS: [FieldSpec; 3] = [
    ("title", "content-field-title", 1, 200, false),
    ("description", "content-field-description", 8, 20_000, true),
    ("privacy_notice", "content-field-privacy", 5, 5_000, true),
];

const SESSION_FIELDS: [FieldSpec; 2] = [
    ("title", "content-field-session-title", 1, 200, false),
    ("abstract", "content-field-abstract", 6, 10_000, true),
];

/// The columns of an editor: `values(lang, key)` gives a field's text.
fn columns(
    langs: &[Lang],
    default: Lang,
    specs: &[FieldSpec],
    values: &dyn Fn(Lang, &str) -> String,
    errors: &FieldErrors,
) -> Vec<LangColumn> {
    langs
        .iter()
        .map(|&lang| {
            let fields: Vec<TextField> = specs
                .iter()
                .map(|(key, label, rows, _, _)| {
                    let name = format!("{key}_{}", lang.code());
                    let value = values(lang, key);
                    TextField {
                        missing: is_missing(&value),
                        error: errors.get(&name).map(str::to_string),
                        label: l10n::tr(label),
                        rows: *rows,
                        name,
                        value,
                    }
                })
                .collect();
            LangColumn {
                code: lang.code(),
                dir: lang.dir(),
                name: lang.native_name(),
                is_default: lang == default,
                missing: i64::try_from(fields.iter().filter(|f| f.missing).count()).unwrap_or(0),
                fields,
            }
        })
        .collect()
}

/// The typed texts of every language but the default, checked; errors keyed by
/// form field.
fn parse_texts(
    pairs: &HashMap<String, String>,
    langs: &[Lang],
    default: Lang,
    specs: &[FieldSpec],
) -> Result<Vec<(Lang, Vec<String>)>, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut out = Vec::new();
    for &lang in langs.iter().filter(|l| **l != default) {
        let mut values = Vec::new();
        for (key, _, _, max, multi) in specs {
            let name = format!("{key}_{}", lang.code());
            let raw = pairs.get(&name).map(String::as_str).unwrap_or("");
            values.push(
                errors
                    .check(&name, clean_text(raw, *max, *multi))
                    .unwrap_or_default(),
            );
        }
        out.push((lang, values));
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn pairs_map(pairs: Vec<(String, String)>) -> HashMap<String, String> {
    pairs.into_iter().collect()
}

// ---------------------------------------------------------------- /translations

#[derive(Template)]
#[template(path = "organize/translations.html")]
pub struct ConferenceTextsPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub errors: FieldErrors,
    pub columns: Vec<LangColumn>,
    /// "3 sessions lack a title in French", one line per language.
    pub session_gaps: Vec<String>,
}

async fn conference_page(
    state: &AppState,
    cookie: &Cookie,
    org: &OrganizerConference,
    errors: FieldErrors,
    typed: Option<HashMap<String, String>>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference.clone();
    let cid = conf.id;
    let c2 = conf.clone();
    let (langs, texts, sessions, session_texts) = state
        .db
        .run(move |c| {
            let langs = db::content::languages(c, &c2)?;
            let texts = db::content::conference_texts(c, cid)?;
            let sessions = db::sessions::for_conference(c, cid)?;
            let ids: Vec<SessionId> = sessions.iter().map(|s| s.id).collect();
            let st = db::content::session_texts(c, &ids)?;
            Ok::<_, AppError>((langs, texts, sessions, st))
        })
        .await?;
    let values = |lang: Lang, key: &str| -> String {
        if let Some(t) = &typed
            && lang != conf.default_language
        {
            return t
                .get(&format!("{key}_{}", lang.code()))
                .cloned()
                .unwrap_or_default();
        }
        let stored = texts.iter().find(|t| t.lang == lang);
        match (key, lang == conf.default_language) {
            ("title", true) => conf.title.clone(),
            ("description", true) => conf.description.clone(),
            (_, true) => conf.privacy_notice.clone(),
            ("title", false) => stored.map(|t| t.title.clone()).unwrap_or_default(),
            ("description", false) => stored.map(|t| t.description.clone()).unwrap_or_default(),
            _ => stored.map(|t| t.privacy_notice.clone()).unwrap_or_default(),
        }
    };
    html(&ConferenceTextsPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(&conf, Section::Settings),
        columns: columns(
            &langs,
            conf.default_language,
            &CONFERENCE_FIELDS,
            &values,
            &errors,
        ),
        errors,
        session_gaps: gap_lines(&missing_titles(
            &langs,
            conf.default_language,
            &sessions,
            &session_texts,
        )),
    })
}

#[tracing::instrument(name = "organize::content::conference_form", skip_all)]
pub async fn conference_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    conference_page(&state, &cookie, &org, FieldErrors::new(), None).await
}

#[tracing::instrument(name = "organize::content::save_conference", skip_all)]
pub async fn save_conference(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let pairs = pairs_map(form.into_inner());
    let conf = org.conference.clone();
    let c2 = conf.clone();
    let langs = state
        .db
        .run(move |c| Ok::<_, AppError>(db::content::languages(c, &c2)?))
        .await?;
    let parsed = match parse_texts(&pairs, &langs, conf.default_language, &CONFERENCE_FIELDS) {
        Ok(p) => p,
        Err(errors) => return conference_page(&state, &cookie, &org, errors, Some(pairs)).await,
    };
    let texts: Vec<ConferenceText> = parsed
        .into_iter()
        .map(|(lang, mut v)| ConferenceText {
            lang,
            privacy_notice: v.pop().unwrap_or_default(),
            description: v.pop().unwrap_or_default(),
            title: v.pop().unwrap_or_default(),
        })
        .collect();
    let (cid, actor) = (conf.id, org.user.id);
    state
        .service
        .run(move |c, ctx| svc::save_conference_texts(c, ctx, actor, cid, &texts))
        .await?;
    flash(&cookie, l10n::tr("content-flash-saved"));
    Ok(see_other(&format!(
        "/organize/c/{}/translations",
        conf.slug
    )))
}

// ---------------------------------------------------------------- missing translations

/// How many sessions lack a title in each of `langs` but the default.
pub fn missing_titles(
    langs: &[Lang],
    default: Lang,
    sessions: &[Session],
    texts: &[SessionText],
) -> Vec<(Lang, usize)> {
    langs
        .iter()
        .filter(|l| **l != default)
        .map(|&lang| {
            let n = sessions
                .iter()
                .filter(|s| {
                    !texts
                        .iter()
                        .any(|t| t.session_id == s.id && t.lang == lang && !is_missing(&t.title))
                })
                .count();
            (lang, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// "3 sessions lack a title in French", in the reader's language.
pub fn gap_lines(gaps: &[(Lang, usize)]) -> Vec<String> {
    gaps.iter()
        .map(|(lang, n)| {
            let n = i64::try_from(*n).unwrap_or(i64::MAX);
            l10n::tr_with(
                "content-missing-titles",
                &[
                    ("count", Arg::Number(n)),
                    ("n", Arg::Text(&l10n::current().number(n))),
                    ("language", Arg::Text(&in_language(*lang))),
                ],
            )
        })
        .collect()
}

/// "in French" in the reader's language.
pub fn in_language(lang: Lang) -> String {
    l10n::tr(&format!("content-in-{}", lang.code()))
}

/// For the agenda editor: the gap lines, and per session the languages its title
/// or abstract is missing in.
pub fn agenda_gaps(
    conn: &mut db::DbConn,
    conf: &db::conferences::Conference,
    sessions: &[Session],
) -> Result<(Vec<String>, HashMap<SessionId, usize>), AppError> {
    let langs = db::content::languages(conn, conf)?;
    let ids: Vec<SessionId> = sessions.iter().map(|s| s.id).collect();
    let texts = db::content::session_texts(conn, &ids)?;
    let mut per_session = HashMap::new();
    for s in sessions {
        let n = langs
            .iter()
            .filter(|l| **l != conf.default_language)
            .filter(|l| {
                !texts
                    .iter()
                    .any(|t| t.session_id == s.id && t.lang == **l && !is_missing(&t.title))
            })
            .count();
        per_session.insert(s.id, n);
    }
    Ok((
        gap_lines(&missing_titles(
            &langs,
            conf.default_language,
            sessions,
            &texts,
        )),
        per_session,
    ))
}

// ---------------------------------------------------------------- a session's translations

#[derive(Template)]
#[template(path = "organize/session_translations.html")]
pub struct SessionTextsPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub session_id: String,
    pub session_title: String,
    pub errors: FieldErrors,
    pub columns: Vec<LangColumn>,
    /// The floor language's code ("" when not said).
    pub floor: String,
    pub interpretation: Vec<Lang>,
}

async fn session_page(
    state: &AppState,
    cookie: &Cookie,
    org: &OrganizerConference,
    errors: FieldErrors,
    typed: Option<HashMap<String, String>>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference.clone();
    let s = org.session.clone().ok_or(AppError::NotFound)?;
    let c2 = conf.clone();
    let mut list = vec![s.clone()];
    let (langs, texts, list) = state
        .db
        .run(move |c| {
            let langs = db::content::languages(c, &c2)?;
            let texts = db::content::session_texts(c, &[s.id])?;
            db::content::load_session_languages(c, &mut list)?;
            Ok::<_, AppError>((langs, texts, list))
        })
        .await?;
    let s = list.into_iter().next().ok_or(AppError::NotFound)?;
    let values = |lang: Lang, key: &str| -> String {
        if let Some(t) = &typed
            && lang != conf.default_language
        {
            return t
                .get(&format!("{key}_{}", lang.code()))
                .cloned()
                .unwrap_or_default();
        }
        let stored = texts.iter().find(|t| t.lang == lang);
        match (key, lang == conf.default_language) {
            ("title", true) => s.title.clone(),
            (_, true) => s.summary.clone(),
            ("title", false) => stored.map(|t| t.title.clone()).unwrap_or_default(),
            _ => stored.map(|t| t.summary.clone()).unwrap_or_default(),
        }
    };
    let (floor, interpretation) = match &typed {
        Some(t) => (
            t.get("floor").cloned().unwrap_or_default(),
            Lang::ALL
                .into_iter()
                .filter(|l| t.contains_key(&format!("interpretation_{}", l.code())))
                .collect(),
        ),
        None => (
            s.languages
                .floor
                .map(|l| l.code().to_string())
                .unwrap_or_default(),
            s.languages.interpretation.clone(),
        ),
    };
    html(&SessionTextsPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(&conf, Section::Agenda),
        session_id: s.id.to_string(),
        columns: columns(
            &langs,
            conf.default_language,
            &SESSION_FIELDS,
            &values,
            &errors,
        ),
        session_title: s.title.clone(),
        errors,
        floor,
        interpretation,
    })
}

#[tracing::instrument(name = "organize::content::session_form", skip_all)]
pub async fn session_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    session_page(&state, &cookie, &org, FieldErrors::new(), None).await
}

#[tracing::instrument(name = "organize::content::save_session", skip_all)]
pub async fn save_session(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let pairs = pairs_map(form.into_inner());
    let conf = org.conference.clone();
    let session = org.session.clone().ok_or(AppError::NotFound)?;
    let c2 = conf.clone();
    let langs = state
        .db
        .run(move |c| Ok::<_, AppError>(db::content::languages(c, &c2)?))
        .await?;
    let mut parsed = parse_texts(&pairs, &langs, conf.default_language, &SESSION_FIELDS);
    let floor_raw = pairs.get("floor").map(String::as_str).unwrap_or("").trim();
    let floor = if floor_raw.is_empty() {
        None
    } else {
        match Lang::parse(floor_raw) {
            Some(l) => Some(l),
            None => {
                let mut e = parsed.err().unwrap_or_default();
                e.add("floor", l10n::tr("content-err-floor"));
                parsed = Err(e);
                None
            }
        }
    };
    let texts = match parsed {
        Ok(p) => p,
        Err(errors) => return session_page(&state, &cookie, &org, errors, Some(pairs)).await,
    };
    let content = SessionContent {
        texts: texts
            .into_iter()
            .map(|(lang, mut v)| SessionText {
                session_id: session.id,
                lang,
                summary: v.pop().unwrap_or_default(),
                title: v.pop().unwrap_or_default(),
            })
            .collect(),
        floor,
        interpretation: Lang::ALL
            .into_iter()
            .filter(|l| Some(*l) != floor)
            .filter(|l| pairs.contains_key(&format!("interpretation_{}", l.code())))
            .collect(),
    };
    let (cid, sid, actor) = (conf.id, session.id, org.user.id);
    state
        .service
        .run(move |c, ctx| svc::save_session_content(c, ctx, actor, cid, sid, &content))
        .await?;
    flash(&cookie, l10n::tr("content-flash-session-saved"));
    Ok(see_other(&format!(
        "/organize/c/{}/sessions/{}/translations",
        conf.slug, session.id
    )))
}
