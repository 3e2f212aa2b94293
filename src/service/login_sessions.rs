//! Login sessions: starting one at sign-in, ending one at sign-out, ending all of a
//! person's ("Sign out everywhere", and every password change). The browser's cookie
//! carries a random id; only its hash is stored (`db::login_sessions`).

use super::{Ctx, Result};
use crate::db::{DbConn, login_sessions};
use crate::domain::secret::random_token;
use crate::domain::{UserId, signin};

/// Starts a session for `user` and returns the id for the cookie. The person's
/// sessions that are over are deleted on the way, so the table holds live ones and
/// the recently ended.
pub fn start(conn: &mut DbConn, ctx: Ctx<'_>, user: UserId) -> Result<String> {
    login_sessions::prune(conn, user, signin::idle_cutoff(ctx.now))?;
    let id = random_token();
    login_sessions::insert(conn, &login_sessions::hash(&id), user, ctx.now)?;
    Ok(id)
}

/// Records that a session was seen (called at most hourly per session).
pub fn touch(conn: &mut DbConn, ctx: Ctx<'_>, id_hash: &str) -> Result<()> {
    login_sessions::touch(conn, id_hash, ctx.now)?;
    Ok(())
}

/// Ends the session whose cookie holds `id` (signing out on this browser).
pub fn end(conn: &mut DbConn, ctx: Ctx<'_>, id: &str) -> Result<()> {
    login_sessions::revoke(conn, &login_sessions::hash(id), ctx.now)?;
    Ok(())
}

/// Ends every session of `user`, this browser's included; how many were live.
pub fn end_all(conn: &mut DbConn, ctx: Ctx<'_>, user: UserId) -> Result<usize> {
    Ok(login_sessions::revoke_all(conn, user, ctx.now)?)
}
