//! CSV tables for spreadsheets (RFC 4180: comma, CRLF, quotes where needed; UTF-8),
//! through the `csv` crate. Organizer and moderator tables (registrants, rosters) are
//! opened in Excel or LibreOffice by people who trust them, and their cells hold what
//! strangers typed into a sign-up form, so every cell that a spreadsheet would read as
//! a formula is neutralised here, in the one place CSV is written (OWASP, "CSV
//! Injection"): every cell is quoted, so a spreadsheet that splits on `;` (the default
//! in locales with a decimal comma) keeps `Ann;=1+1` in one cell; a cell starting with
//! `=`, `+`, `-`, `@`, a tab or a carriage return, even after spaces, gets a leading
//! `'`; and so does any such start after a `;` or `,` inside the cell, for a program
//! that splits without honouring the quotes. The price is that a negative number
//! shows as text; none of Plenary's tables has one.
//!
//! The output starts with a UTF-8 byte-order mark: without it Excel reads the file in
//! the local ANSI code page and garbles names in other scripts. LibreOffice, Google
//! Sheets and Python's `utf-8-sig` skip it.

use std::borrow::Cow;

/// The UTF-8 byte-order mark that tells Excel the encoding.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A header row and data rows as CSV bytes.
pub fn to_csv<I>(headers: &[&str], rows: I) -> Result<Vec<u8>, ::csv::Error>
where
    I: IntoIterator<Item = Vec<String>>,
{
    // One writer for the header and the rows, so that a row of another width is refused.
    let header = headers.iter().map(|h| h.to_string()).collect();
    let mut out = BOM.to_vec();
    out.extend(body(std::iter::once(header).chain(rows))?);
    Ok(out)
}

/// The start of a CSV file written in parts: the byte-order mark and the header row.
/// [`to_csv`] is `head` followed by one [`body`].
pub fn head(headers: &[&str]) -> Result<Vec<u8>, ::csv::Error> {
    let mut out = BOM.to_vec();
    out.extend(body(std::iter::once(
        headers.iter().map(|h| h.to_string()).collect(),
    ))?);
    Ok(out)
}

/// Data rows as CSV bytes (no byte-order mark, no header), for a file written in parts.
pub fn body<I>(rows: I) -> Result<Vec<u8>, ::csv::Error>
where
    I: IntoIterator<Item = Vec<String>>,
{
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .quote_style(::csv::QuoteStyle::Always)
        .flexible(false)
        .from_writer(Vec::new());
    for row in rows {
        w.write_record(row.iter().map(|c| neutralise(c).into_owned()))?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

/// A header row in the reader's language ([`crate::domain::l10n::current`]): the
/// message `{prefix}{id}` (underscores as hyphens) for each column id, e.g.
/// `exp-reg-country-code` for `country_code`. English keeps the ids themselves where
/// scripts read the file by column name.
pub fn translated_headers(prefix: &str, ids: &[&str]) -> Vec<String> {
    ids.iter()
        .map(|id| crate::domain::l10n::tr(&format!("{prefix}{}", id.replace('_', "-"))))
        .collect()
}

/// The cell as a spreadsheet will show it, never as a formula: `'` before the cell's
/// start and before the start of every `;`- or `,`-separated part of it when that
/// part (after spaces) begins with a formula character.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    let risky = |part: &str| part.trim_start_matches(' ').starts_with(FORMULA_STARTS);
    if !risky(cell) && !cell.split([';', ',']).skip(1).any(risky) {
        return Cow::Borrowed(cell);
    }
    let mut out = String::with_capacity(cell.len() + 2);
    // Each part is the cell's start or follows a separator.
    for part in cell.split_inclusive([';', ',']) {
        if risky(part) {
            out.push('\'');
        }
        out.push_str(part);
    }
    Cow::Owned(out)
}

/// What a spreadsheet takes as the start of a formula (OWASP's list).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: Vec<u8>) -> String {
        let body = bytes.strip_prefix(BOM).expect("a BOM");
        String::from_utf8(body.to_vec()).expect("UTF-8")
    }

    #[test]
    fn formula_starts_are_neutralised() {
        for (cell, shown) in [
            (
                "=HYPERLINK(\"http://evil.example\",\"x\")",
                "'=HYPERLINK(\"http://evil.example\",\"x\")",
            ),
            ("+41 22 338 91 11", "'+41 22 338 91 11"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
        ] {
            assert_eq!(neutralise(cell), shown);
        }
        for harmless in [
            "Ngozi Okonkwo-Adeyemi",
            "a=b",
            "",
            "'quoted",
            "Ж=1",
            "Acme, Inc.",
        ] {
            assert_eq!(neutralise(harmless), harmless);
        }
    }

    #[test]
    fn formulas_after_a_separator_or_spaces_are_neutralised() {
        assert_eq!(neutralise("Ann;=1+1"), "Ann;'=1+1");
        assert_eq!(neutralise("Ann, =1+1"), "Ann,' =1+1");
        assert_eq!(neutralise("  =1+1"), "'  =1+1");
        assert_eq!(neutralise("a;b;@SUM(A1)"), "a;b;'@SUM(A1)");
    }

    #[test]
    fn output_is_rfc4180_with_crlf_and_every_cell_quoted() {
        let out = text(
            to_csv(
                &["name", "organization", "note"],
                vec![
                    vec![
                        "Zhang Wei".into(),
                        "Acme, Inc.".into(),
                        "said \"hi\"".into(),
                    ],
                    vec!["Ана".into(), "line\nbreak".into(), "=1+1".into()],
                ],
            )
            .unwrap(),
        );
        assert_eq!(
            out,
            "\"name\",\"organization\",\"note\"\r\n\
             \"Zhang Wei\",\"Acme, Inc.\",\"said \"\"hi\"\"\"\r\n\
             \"Ана\",\"line\nbreak\",\"'=1+1\"\r\n"
        );
    }

    #[test]
    fn non_latin_scripts_survive_as_utf8() {
        let out = text(
            to_csv(
                &["name"],
                vec![
                    vec!["王芳".into()],
                    vec!["محمد".into()],
                    vec!["Ἀθηνᾶ".into()],
                ],
            )
            .unwrap(),
        );
        assert_eq!(out, "\"name\"\r\n\"王芳\"\r\n\"محمد\"\r\n\"Ἀθηνᾶ\"\r\n");
    }

    #[test]
    fn a_parser_reads_back_what_was_written() {
        let rows = vec![vec!["=cmd|' /C calc'!A0".to_string(), "x;y".to_string()]];
        let bytes = to_csv(&["a", "b"], rows).unwrap();
        let mut r = ::csv::Reader::from_reader(&bytes[BOM.len()..]);
        let rec = r.records().next().unwrap().unwrap();
        assert_eq!(&rec[0], "'=cmd|' /C calc'!A0");
        assert_eq!(&rec[1], "x;y");
    }

    #[test]
    fn rows_of_another_width_are_refused() {
        assert!(to_csv(&["a", "b"], vec![vec!["only one".to_string()]]).is_err());
    }
}
