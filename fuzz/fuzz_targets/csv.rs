//! The CSV writer: any cells come back from a CSV reader as written (after the
//! formula guard), in as many rows and columns, and no cell starts a formula.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plenary::export::csv::{BOM, neutralise, to_csv};

fuzz_target!(|rows: Vec<(String, String)>| {
    let headers = ["a", "b"];
    let data: Vec<Vec<String>> = rows
        .iter()
        .map(|(a, b)| vec![a.clone(), b.clone()])
        .collect();
    let bytes = to_csv(&headers, data.clone()).expect("CSV of strings");
    let body = bytes.strip_prefix(BOM).expect("a BOM");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(body);
    let read: Vec<Vec<String>> = reader
        .records()
        .map(|r| {
            r.expect("a readable record")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect();
    assert_eq!(read.len(), data.len(), "row count");
    for (got, sent) in read.iter().zip(&data) {
        let expected: Vec<String> = sent.iter().map(|c| neutralise(c).into_owned()).collect();
        assert_eq!(got, &expected);
        for cell in got {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
});
