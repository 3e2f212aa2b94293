//! Reading a CSV of registration invitations (columns name, email, category,
//! country, organisation, language; UTF-8 with a header row). Every problem is
//! reported with its line before anything is saved: a wrong encoding, missing
//! columns, invalid emails, countries, categories or languages, and duplicates
//! (within the file or with invitations that already exist). Pure: the caller
//! gives the categories that may be invited to and the addresses already invited.

use std::collections::HashSet;

use super::l10n::{Arg, tr, tr_with};
use super::lang::Lang;
use super::{CountryCode, Email, PersonName};

/// One valid line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InviteRow {
    pub line: usize,
    pub name: PersonName,
    pub email: Email,
    /// The category's id (from the caller's list).
    pub category_id: String,
    pub country: CountryCode,
    pub organization: Option<String>,
    pub language: Option<Lang>,
}

/// A problem, with its line (1 is the header row; 0 is the whole file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    pub line: usize,
    pub message: String,
}

/// The columns, as the header names them (case and spaces ignored; "organization"
/// is accepted too).
const COLUMNS: [&str; 6] = [
    "name",
    "email",
    "category",
    "country",
    "organisation",
    "language",
];

fn column_key(header: &str) -> String {
    let h = header.trim().trim_start_matches('\u{feff}').to_lowercase();
    if h == "organization" {
        "organisation".into()
    } else {
        h
    }
}

/// Parses `bytes` against the categories `(id, name)` open to invitations and the
/// addresses `already` invited (lower case). All lines or the list of problems.
pub fn parse(
    bytes: &[u8],
    categories: &[(String, String)],
    already: &HashSet<String>,
) -> Result<Vec<InviteRow>, Vec<LineError>> {
    let err = |line: usize, message: String| LineError { line, message };
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                + 1;
            return Err(vec![err(line, tr("reg-inv-csv-encoding"))]);
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(column_key).collect(),
        Err(_) => return Err(vec![err(1, tr("reg-inv-csv-unreadable"))]),
    };
    let missing: Vec<&str> = COLUMNS
        .iter()
        .copied()
        .filter(|c| !headers.iter().any(|h| h == c))
        .collect();
    if !missing.is_empty() {
        let list = missing.join(", ");
        return Err(vec![err(
            1,
            tr_with(
                "reg-inv-csv-missing-columns",
                &[("columns", Arg::Text(&list))],
            ),
        )]);
    }
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap_or(0);
    let idx: Vec<usize> = COLUMNS.iter().map(|c| at(c)).collect();
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(_) => {
                errors.push(err(line, tr("reg-inv-csv-unreadable")));
                continue;
            }
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        let field = |k: usize| record.get(idx[k]).unwrap_or("");
        let mut problems = Vec::new();
        let name = PersonName::parse(field(0))
            .map_err(|m| problems.push(m))
            .ok();
        let email = Email::parse(field(1)).map_err(|m| problems.push(m)).ok();
        let wanted = field(2).to_lowercase();
        let category = categories
            .iter()
            .find(|(_, n)| n.to_lowercase() == wanted)
            .map(|(id, _)| id.clone());
        if category.is_none() {
            problems.push(tr_with(
                "reg-inv-csv-unknown-category",
                &[("category", Arg::Text(field(2)))],
            ));
        }
        let country = CountryCode::parse(field(3))
            .map_err(|m| problems.push(m))
            .ok();
        let organization = Some(field(4).to_string()).filter(|o| !o.is_empty());
        let language = match field(5) {
            "" => Some(None),
            code => match Lang::parse(code) {
                Some(l) => Some(Some(l)),
                None => {
                    problems.push(tr_with(
                        "reg-inv-csv-unknown-language",
                        &[("language", Arg::Text(code))],
                    ));
                    None
                }
            },
        };
        if let Some(e) = &email {
            if already.contains(e.as_str()) {
                problems.push(tr_with(
                    "reg-inv-csv-already-invited",
                    &[("email", Arg::Text(e.as_str()))],
                ));
            } else if !seen.insert(e.as_str().to_string()) {
                problems.push(tr_with(
                    "reg-inv-csv-duplicate",
                    &[("email", Arg::Text(e.as_str()))],
                ));
            }
        }
        match (name, email, category, country, language) {
            (Some(name), Some(email), Some(category_id), Some(country), Some(language))
                if problems.is_empty() =>
            {
                rows.push(InviteRow {
                    line,
                    name,
                    email,
                    category_id,
                    country,
                    organization,
                    language,
                });
            }
            _ => errors.extend(problems.into_iter().map(|m| err(line, m))),
        }
    }
    if rows.is_empty() && errors.is_empty() {
        errors.push(err(0, tr("reg-inv-csv-empty")));
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cats() -> Vec<(String, String)> {
        vec![
            ("c1".into(), "Secretariat".into()),
            ("c2".into(), "Observer".into()),
        ]
    }

    #[test]
    fn a_good_file_gives_every_row() {
        let csv = "Name,Email,Category,Country,Organization,Language\n\
                   Ana Pérez,ana@example.org,secretariat,ES,UNESCO,es\n\
                   \"Li, Wei\",li@example.org,Observer,CN,,\n";
        let rows = parse(csv.as_bytes(), &cats(), &HashSet::new()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].category_id, "c1");
        assert_eq!(rows[0].language, Some(Lang::Es));
        assert_eq!(rows[1].name.as_str(), "Li, Wei");
        assert_eq!(rows[1].organization, None);
    }

    #[test]
    fn every_bad_line_is_reported_and_nothing_is_kept() {
        let csv = "name,email,category,country,organisation,language\n\
                   Ana,not-an-email,Secretariat,ES,,\n\
                   Bo,bo@example.org,Janitor,XX,,tlh\n\
                   Cy,cy@example.org,Observer,FR,,\n\
                   Cy again,CY@example.org,Observer,FR,,\n\
                   Di,di@example.org,Observer,FR,,\n";
        let already: HashSet<String> = ["di@example.org".to_string()].into();
        let errors = parse(csv.as_bytes(), &cats(), &already).unwrap_err();
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 3, 3, 3, 5, 6], "{errors:?}");
    }

    #[test]
    fn wrong_encoding_and_missing_columns_are_named() {
        let latin1 = b"name,email,category,country,organisation,language\nJos\xe9,j@example.org,Observer,FR,,\n";
        let e = parse(latin1, &cats(), &HashSet::new()).unwrap_err();
        assert_eq!(e[0].line, 2);
        let e = parse(b"name,email\nA,a@example.org\n", &cats(), &HashSet::new()).unwrap_err();
        assert_eq!(e.len(), 1);
        assert!(e[0].message.contains("category") && e[0].message.contains("language"));
        let e = parse(
            b"name,email,category,country,organisation,language\n",
            &cats(),
            &HashSet::new(),
        )
        .unwrap_err();
        assert_eq!(e[0].line, 0);
    }
}
