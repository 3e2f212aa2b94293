//! `plenary create-admin`: create a site admin, or promote an existing user.

use crate::db::{self, Db, DbError};
use crate::domain::{CountryCode, Email, Password, PersonName, UserId, clock::Clock, passwords};

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    /// A bad argument: the option name and the message.
    #[error("{0}: {1}")]
    Invalid(&'static str, String),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

pub fn create_admin(
    db: &Db,
    email: &str,
    name: &str,
    country: &str,
    password: &str,
) -> Result<String, AdminError> {
    let email = Email::parse(email).map_err(|m| AdminError::Invalid("--email", m))?;
    let name = PersonName::parse(name).map_err(|m| AdminError::Invalid("--name", m))?;
    let country = CountryCode::parse(country).map_err(|m| AdminError::Invalid("--country", m))?;
    let password =
        Password::parse(password).map_err(|m| AdminError::Invalid("PLENARY_ADMIN_PASSWORD", m))?;
    let hash = passwords::hash(&password)?;
    let now = Clock::system().now();
    db.write_blocking(|conn| {
        if let Some(existing) = db::users::by_email(conn, &email)? {
            db::users::make_admin(conn, existing.id, &hash, now)?;
            return Ok(format!("{email} is now a site admin (password updated)."));
        }
        db::users::insert(
            conn,
            &db::users::NewUser {
                id: UserId::new(),
                email: &email,
                name: name.as_str(),
                country,
                organization: None,
                tz: chrono_tz::Europe::Zurich,
                password_hash: Some(&hash),
                is_admin: true,
                email_verified_at: Some(now),
                language: None,
            },
            now,
        )?;
        Ok(format!("Created site admin {email}."))
    })
}
