//! Formats that other software reads: the schedule exchange formats (frab XML and
//! c3voc JSON, from one model), iCalendar (RFC 5545) and CSV (RFC 4180). Pure
//! functions from loaded data to bytes; the web layer serves them.

pub mod csv;
pub mod ical;
pub mod profiles;
pub mod schedule;
pub mod schedule_json;
pub mod schedule_xml;
