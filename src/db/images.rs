//! Uploaded pictures, stored in the database (so every instance behind a load balancer
//! serves them) and addressed by the SHA-256 of their bytes: the same picture is stored
//! once, and an address, once given out, always names the same bytes.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::schema::images;
use super::{DbConn, to_db_time};
use crate::domain::identity::CleanImage;

/// A stored picture, ready to serve.
#[derive(Queryable, Selectable, Clone, Debug)]
#[diesel(table_name = images)]
pub struct StoredImage {
    pub hash: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Stores `img` unless the same bytes are already stored; returns its hash.
#[tracing::instrument(level = "debug", skip_all)]
pub fn store(conn: &mut DbConn, img: &CleanImage, now: DateTime<Utc>) -> QueryResult<String> {
    use diesel::sql_types::{Binary, Integer, Text, Timestamp};
    let hash = img.hash();
    diesel::sql_query(
        "INSERT INTO images (hash, content_type, bytes, width, height, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind::<Text, _>(&hash)
    .bind::<Text, _>(CleanImage::CONTENT_TYPE)
    .bind::<Binary, _>(&img.png)
    .bind::<Integer, _>(i32::try_from(img.width).unwrap_or(i32::MAX))
    .bind::<Integer, _>(i32::try_from(img.height).unwrap_or(i32::MAX))
    .bind::<Timestamp, _>(to_db_time(now))
    .execute(conn)?;
    Ok(hash)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn by_hash(conn: &mut DbConn, hash: &str) -> QueryResult<Option<StoredImage>> {
    images::table
        .find(hash)
        .select(StoredImage::as_select())
        .first(conn)
        .optional()
}
