//! Formats that other software reads: iCalendar (RFC 5545) and CSV (RFC 4180); schedule
//! XML/JSON belong here too.

pub mod csv;
pub mod ical;
