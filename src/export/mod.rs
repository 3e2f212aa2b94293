//! Formats that other software reads: iCalendar (RFC 5545) for now; schedule XML/JSON
//! and CSV belong here too.

pub mod ical;
