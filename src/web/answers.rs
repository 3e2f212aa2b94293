//! Custom questions on the registrant's forms (sign-up and My conference): the
//! form's extra fields (`q_<question id>`, repeated for several choices), the view
//! of each question for `templates/questions_fields.html`, and the parse of what
//! was sent into answers with one field error per question.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

use crate::db::answers::StoredAnswer;
use crate::db::categories::Category;
use crate::db::questions::Question;
use crate::domain::FieldErrors;
use crate::domain::l10n::{Arg, tr_with};
use crate::domain::questions::{Asked, parse_answer};
use crate::service::questions::Answers;

/// Every field of a form not declared by its struct, in order, repeated names
/// kept (for `#[serde(flatten)]`).
#[derive(Clone, Debug, Default)]
pub struct RawPairs(pub Vec<(String, String)>);

impl RawPairs {
    /// Every value sent under `name`.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn first(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

impl<'de> Deserialize<'de> for RawPairs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawPairs;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("form fields")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<RawPairs, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = m.next_entry::<String, String>()? {
                    out.push((k, v));
                }
                Ok(RawPairs(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// The form field (and HTML id) of a question.
pub fn field_name(question: &str) -> String {
    format!("q_{question}")
}

/// One question as a form shows it.
pub struct QuestionField {
    pub name: String,
    pub label: String,
    pub help: String,
    pub required: bool,
    /// `short_text`, `single_choice`, … (the template picks the control).
    pub kind: &'static str,
    /// "Asked only of: Press, Observers" ("" for everyone).
    pub only_for: String,
    /// The text typed (or the stored value).
    pub value: String,
    /// The choice ids ticked.
    pub ticked: Vec<String>,
    /// (id, label) of the live choices.
    pub choices: Vec<(String, String)>,
}

impl QuestionField {
    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticked.iter().any(|t| t == id)
    }
}

/// The questions a form shows: live ones asked of one of `categories` (all of
/// them when the conference has no categories).
pub fn shown<'a>(questions: &'a [Question], categories: &[Category]) -> Vec<&'a Question> {
    questions
        .iter()
        .filter(|q| q.is_live())
        .filter(|q| {
            q.categories.is_empty() || categories.iter().any(|c| q.categories.contains(&c.id))
        })
        .collect()
}

/// The fields for `questions`, with the values `sent` (or nothing).
pub fn fields(
    questions: &[&Question],
    categories: &[Category],
    sent: &RawPairs,
) -> Vec<QuestionField> {
    questions
        .iter()
        .map(|q| {
            let name = field_name(&q.id);
            let values = sent.all(&name);
            field(q, categories, &name, values)
        })
        .collect()
}

/// The fields for `questions` with a registrant's stored answers.
pub fn fields_with_answers(
    questions: &[&Question],
    categories: &[Category],
    stored: &[StoredAnswer],
) -> Vec<QuestionField> {
    questions
        .iter()
        .map(|q| {
            let mine: Vec<&StoredAnswer> =
                stored.iter().filter(|a| a.question_id == q.id).collect();
            let values: Vec<&str> = if q.kind.has_choices() {
                mine.iter().filter_map(|a| a.choice_id.as_deref()).collect()
            } else {
                mine.iter().map(|a| a.value.as_str()).collect()
            };
            field(q, categories, &field_name(&q.id), values)
        })
        .collect()
}

fn field(q: &Question, categories: &[Category], name: &str, values: Vec<&str>) -> QuestionField {
    let names: Vec<&str> = categories
        .iter()
        .filter(|c| q.categories.contains(&c.id))
        .map(|c| c.name.as_str())
        .collect();
    let only_for = if q.categories.is_empty() || names.is_empty() {
        String::new()
    } else {
        let list = names.join(", ");
        tr_with("qst-only-for", &[("categories", Arg::Text(&list))])
    };
    QuestionField {
        name: name.to_string(),
        label: q.label.clone(),
        help: q.help.clone(),
        required: q.required,
        kind: q.kind.as_str(),
        only_for,
        value: if q.kind.has_choices() {
            String::new()
        } else {
            values.first().map(|s| s.to_string()).unwrap_or_default()
        },
        ticked: if q.kind.has_choices() {
            values.iter().map(|s| s.to_string()).collect()
        } else {
            Vec::new()
        },
        choices: q.live_choices(),
    }
}

/// The answers to the questions that apply to `category`, each checked by the one
/// rule; a field error per question otherwise. Questions that do not apply are
/// left out (their values, if sent, are ignored).
pub fn parse(
    questions: &[&Question],
    category: Option<&str>,
    sent: &RawPairs,
    e: &mut FieldErrors,
) -> Answers {
    let mut out = Vec::new();
    for q in questions.iter().filter(|q| q.applies_to(category)) {
        let name = field_name(&q.id);
        let choices = q.live_choices();
        let asked = Asked {
            kind: q.kind,
            required: q.required,
            choices: &choices,
        };
        match parse_answer(&asked, &sent.all(&name)) {
            Ok(values) => out.push((q.id.clone(), values)),
            Err(m) => e.add(&name, m),
        }
    }
    out
}

/// Copies `from`'s errors after `into`'s.
pub fn merge(into: &mut FieldErrors, from: &FieldErrors) {
    for (f, m) in from.iter() {
        into.add(f, m);
    }
}

/// One answer written for people.
pub struct AnswerLine {
    pub question: String,
    pub answer: String,
    /// The question is archived (no longer asked).
    pub archived: bool,
}

/// The answers in `stored` to `questions` (in the questions' order) that `keep`
/// accepts, written for people; unanswered questions are left out.
pub fn lines(
    questions: &[Question],
    stored: &[StoredAnswer],
    keep: impl Fn(&Question) -> bool,
) -> Vec<AnswerLine> {
    questions
        .iter()
        .filter(|q| keep(q))
        .filter_map(|q| {
            let values: Vec<String> = stored
                .iter()
                .filter(|a| a.question_id == q.id)
                .map(|a| a.value.clone())
                .collect();
            (!values.is_empty()).then(|| AnswerLine {
                question: q.label.clone(),
                answer: crate::domain::questions::display(q.kind, &values),
                archived: !q.is_live(),
            })
        })
        .collect()
}
