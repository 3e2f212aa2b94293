//! CSV tables for spreadsheets (RFC 4180: comma, CRLF, quotes where needed; UTF-8),
//! through the `csv` crate. Organizer and moderator tables (registrants, rosters) are
//! opened in Excel or LibreOffice by people who trust them, and their cells hold what
//! strangers typed into a sign-up form, so every cell that a spreadsheet would read as
//! a formula is neutralised here, in the one place CSV is written: a cell starting with
//! `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (OWASP, "CSV
//! Injection"). The price is that a negative number shows as text; none of Plenary's
//! tables has one.
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
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .flexible(false)
        .from_writer(BOM.to_vec());
    w.write_record(headers.iter().map(|h| neutralise(h).into_owned()))?;
    for row in rows {
        w.write_record(row.iter().map(|c| neutralise(c).into_owned()))?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

/// The cell as a spreadsheet will show it, never as a formula.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

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
        for harmless in ["Ngozi Okonkwo-Adeyemi", "a=b", "", "'quoted", "Ж=1"] {
            assert_eq!(neutralise(harmless), harmless);
        }
    }

    #[test]
    fn output_is_rfc4180_with_crlf_and_quotes() {
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
            "name,organization,note\r\n\
             Zhang Wei,\"Acme, Inc.\",\"said \"\"hi\"\"\"\r\n\
             Ана,\"line\nbreak\",'=1+1\r\n"
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
        assert_eq!(out, "name\r\n王芳\r\nمحمد\r\nἈθηνᾶ\r\n");
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
