//! Custom registration questions: the kinds of question, and the one rule that turns
//! what a form sent for a question into the values stored (or the field error shown),
//! used by the sign-up form and by My conference alike.

use chrono::NaiveDate;

use super::l10n::tr;
use super::text::{CountryCode, clean_text, country_name};
use super::timefmt::date;

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuestionKind {
    ShortText,
    LongText,
    SingleChoice,
    MultipleChoice,
    /// One box to tick ("I need captions"); required means it must be ticked.
    Checkbox,
    Country,
    Date,
    /// An organisation or delegation, a line of text.
    Organisation,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 8] = [
        QuestionKind::ShortText,
        QuestionKind::LongText,
        QuestionKind::SingleChoice,
        QuestionKind::MultipleChoice,
        QuestionKind::Checkbox,
        QuestionKind::Country,
        QuestionKind::Date,
        QuestionKind::Organisation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::ShortText => "short_text",
            QuestionKind::LongText => "long_text",
            QuestionKind::SingleChoice => "single_choice",
            QuestionKind::MultipleChoice => "multiple_choice",
            QuestionKind::Checkbox => "checkbox",
            QuestionKind::Country => "country",
            QuestionKind::Date => "date",
            QuestionKind::Organisation => "organisation",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The Fluent key of the kind's name.
    pub fn label_key(self) -> &'static str {
        match self {
            QuestionKind::ShortText => "qst-kind-short-text",
            QuestionKind::LongText => "qst-kind-long-text",
            QuestionKind::SingleChoice => "qst-kind-single-choice",
            QuestionKind::MultipleChoice => "qst-kind-multiple-choice",
            QuestionKind::Checkbox => "qst-kind-checkbox",
            QuestionKind::Country => "qst-kind-country",
            QuestionKind::Date => "qst-kind-date",
            QuestionKind::Organisation => "qst-kind-organisation",
        }
    }

    /// Whether the question has a list of choices.
    pub fn has_choices(self) -> bool {
        matches!(
            self,
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice
        )
    }

    /// Whether answers are free text (removed when a conference is anonymised).
    pub fn is_free_text(self) -> bool {
        matches!(
            self,
            QuestionKind::ShortText | QuestionKind::LongText | QuestionKind::Organisation
        )
    }

    /// Whether the registrations table can filter on its answers.
    pub fn filterable(self) -> bool {
        matches!(
            self,
            QuestionKind::SingleChoice
                | QuestionKind::MultipleChoice
                | QuestionKind::Checkbox
                | QuestionKind::Country
        )
    }
}

/// The value stored for a ticked checkbox.
pub const TICKED: &str = "yes";

/// A question as the rule needs it: its kind, whether it must be answered, and its
/// live choices as (id, label).
pub struct Asked<'a> {
    pub kind: QuestionKind,
    pub required: bool,
    pub choices: &'a [(String, String)],
}

/// One stored value of an answer: the choice it picked (if any) and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerValue {
    pub choice_id: Option<String>,
    pub value: String,
}

/// Turns the values a form sent for one question into the values to store (empty:
/// not answered), or the message of its field error.
pub fn parse_answer(q: &Asked<'_>, raw: &[&str]) -> Result<Vec<AnswerValue>, String> {
    let raw: Vec<&str> = raw
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    let text = |value: String| AnswerValue {
        choice_id: None,
        value,
    };
    let values = match q.kind {
        QuestionKind::ShortText | QuestionKind::Organisation => match raw.first() {
            Some(s) => vec![text(clean_text(s, 200, false)?)],
            None => Vec::new(),
        },
        QuestionKind::LongText => match raw.first() {
            Some(s) => vec![text(clean_text(s, 2000, true)?)],
            None => Vec::new(),
        },
        QuestionKind::Checkbox => match raw.first() {
            Some(_) => vec![text(TICKED.to_string())],
            None => Vec::new(),
        },
        QuestionKind::Country => match raw.first() {
            Some(s) => vec![text(CountryCode::parse(s)?.alpha2().to_string())],
            None => Vec::new(),
        },
        QuestionKind::Date => match raw.first() {
            Some(s) => match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                Ok(d) => vec![text(d.format("%Y-%m-%d").to_string())],
                Err(_) => return Err(tr("qst-answer-date-invalid")),
            },
            None => Vec::new(),
        },
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
            if q.kind == QuestionKind::SingleChoice && raw.len() > 1 {
                return Err(tr("qst-answer-choice-invalid"));
            }
            let mut out: Vec<AnswerValue> = Vec::new();
            for v in raw {
                let Some((id, label)) = q.choices.iter().find(|(id, _)| id == v) else {
                    return Err(tr("qst-answer-choice-invalid"));
                };
                if !out.iter().any(|a| a.choice_id.as_deref() == Some(id)) {
                    out.push(AnswerValue {
                        choice_id: Some(id.clone()),
                        value: label.clone(),
                    });
                }
            }
            out
        }
    };
    if values.is_empty() && q.required {
        return Err(tr(match q.kind {
            QuestionKind::Checkbox => "qst-answer-tick-required",
            QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
                "qst-answer-choose-required"
            }
            _ => "qst-answer-required",
        }));
    }
    Ok(values)
}

/// An answer written for people, in the reader's language: a country's name, a
/// date in words, "Yes" for a ticked box, choices joined with commas.
pub fn display(kind: QuestionKind, values: &[String]) -> String {
    let one = |v: &String| match kind {
        QuestionKind::Country => country_name(v),
        QuestionKind::Date => NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map(date)
            .unwrap_or_else(|_| v.clone()),
        QuestionKind::Checkbox if v == TICKED => tr("qst-answer-yes"),
        _ => v.clone(),
    };
    values.iter().map(one).collect::<Vec<_>>().join(", ")
}

/// An answer for a CSV cell: stable values (country codes, ISO dates, "yes"),
/// several choices separated by "; ".
pub fn csv_cell(values: &[String]) -> String {
    values.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(kind: QuestionKind, required: bool, choices: &[(String, String)]) -> Asked<'_> {
        Asked {
            kind,
            required,
            choices,
        }
    }

    #[test]
    fn kinds_round_trip() {
        for k in QuestionKind::ALL {
            assert_eq!(QuestionKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(QuestionKind::parse("essay"), None);
    }

    #[test]
    fn a_required_question_left_empty_is_an_error() {
        assert!(parse_answer(&asked(QuestionKind::ShortText, true, &[]), &["  "]).is_err());
        assert!(parse_answer(&asked(QuestionKind::Checkbox, true, &[]), &[]).is_err());
        assert_eq!(
            parse_answer(&asked(QuestionKind::ShortText, false, &[]), &[]),
            Ok(vec![])
        );
    }

    #[test]
    fn choices_keep_their_label_at_answer_time() {
        let choices = vec![
            ("a".to_string(), "English".to_string()),
            ("b".to_string(), "French".to_string()),
        ];
        let multi = asked(QuestionKind::MultipleChoice, false, &choices);
        let got = parse_answer(&multi, &["b", "a", "b"]).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].value, "French");
        assert_eq!(got[0].choice_id.as_deref(), Some("b"));
        assert!(parse_answer(&multi, &["zz"]).is_err());
        let single = asked(QuestionKind::SingleChoice, true, &choices);
        assert!(parse_answer(&single, &["a", "b"]).is_err());
    }

    #[test]
    fn countries_and_dates_are_checked() {
        let c = asked(QuestionKind::Country, false, &[]);
        assert_eq!(parse_answer(&c, &["fr"]).unwrap()[0].value, "FR");
        assert!(parse_answer(&c, &["XX"]).is_err());
        let d = asked(QuestionKind::Date, false, &[]);
        assert_eq!(
            parse_answer(&d, &["2026-12-03"]).unwrap()[0].value,
            "2026-12-03"
        );
        assert!(parse_answer(&d, &["3 December"]).is_err());
    }
}
