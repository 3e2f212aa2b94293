-- Uploaded images (logos, banners, people's photos), re-encoded to PNG and stored in the
-- database so that every instance serves them; addressed by the SHA-256 of their bytes,
-- so the same picture is stored once and its address never changes.
CREATE TABLE images (
    hash TEXT PRIMARY KEY NOT NULL,
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- A conference's face: accent colour, contact line, logo and banner. One row per
-- conference that has one (kept apart from `conferences` so the settings form and the
-- identity form change different rows).
CREATE TABLE conference_identity (
    conference_id TEXT PRIMARY KEY NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    accent_colour TEXT,
    contact_line TEXT NOT NULL DEFAULT '',
    logo_hash TEXT REFERENCES images (hash),
    banner_hash TEXT REFERENCES images (hash),
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX conference_identity_logo ON conference_identity (logo_hash);
CREATE INDEX conference_identity_banner ON conference_identity (banner_hash);

-- A speaker's or moderator's public profile; shown only when `consent` is true.
CREATE TABLE profiles (
    user_id TEXT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    honorific TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    biography TEXT NOT NULL DEFAULT '',
    photo_hash TEXT REFERENCES images (hash),
    consent BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX profiles_photo ON profiles (photo_hash);
