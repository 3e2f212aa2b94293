//! Field-level validation errors, collected all at once so a form can show every
//! problem in one round trip (GOV.UK error summary pattern).

use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors {
    /// Field name → message, in insertion order of the form's fields.
    errors: Vec<(String, String)>,
}

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a message for `field` (the first message per field wins).
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        if !self.errors.iter().any(|(f, _)| f == field) {
            self.errors.push((field.to_string(), message.into()));
        }
    }

    /// Keeps the parsed value, or records the error and returns `None`.
    pub fn check<T>(&mut self, field: &str, r: Result<T, String>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(m) => {
                self.add(field, m);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.errors.iter().map(|(f, m)| (f.as_str(), m.as_str()))
    }

    pub fn into_map(self) -> BTreeMap<String, String> {
        self.errors.into_iter().collect()
    }
}
