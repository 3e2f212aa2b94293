//! Conference content in the reader's language for pages whose conference the
//! guard loaded as stored (in its default language).

use super::AppState;
use super::error::AppError;
use crate::db;
use crate::db::conferences::Conference;
use crate::domain::l10n;

/// `conf` with its title, description and privacy notice in the reader's language
/// where translated (`domain::content::pick`).
pub async fn localized(state: &AppState, conf: &Conference) -> Result<Conference, AppError> {
    let mut conf = conf.clone();
    state
        .db
        .run(move |c| {
            db::content::localize_conference(c, &mut conf, l10n::current())?;
            Ok::<_, AppError>(conf)
        })
        .await
}
