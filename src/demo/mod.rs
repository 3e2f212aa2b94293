//! The demo conference: invented people and sessions modelled on a three-day
//! international policy conference, loaded by `plenary seed-demo` and `plenary demo`.

mod categories;
pub mod data;
mod images;
mod languages;
mod names;
mod profiles;
mod questions;
pub mod seed;
mod translations;

pub use seed::{DEMO_PASSWORD, DEMO_SLUG, SeedReport, seed_demo};
