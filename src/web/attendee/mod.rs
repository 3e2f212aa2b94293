//! Attendees: sign-up with email confirmation, one-click registration for signed-in
//! users, resending the link (`register`, `confirm`), "My conference" with its status,
//! picks, cancelling and the personal calendar-feed URL (`me`), and the door into a
//! session's meeting (`join`). The use cases themselves are in `service`.

mod answers;
mod confirm;
mod country;
pub mod invitation;
mod join;
pub mod list_consent;
mod me;
pub mod mine;
mod register;

use super::AppState;
use super::error::AppError;
use crate::db;
use crate::db::conferences::Conference;
use crate::db::registrations::Registration;
use crate::db::users::User;
use crate::domain::l10n::tr;
use crate::domain::status::RegistrationStatus;

pub use answers::{answers_form, save_answers};
pub use confirm::{
    ConfirmPage, EmailForm, LinkPage, ResendPage, confirm, confirm_form, resend, resend_form,
};
pub use country::{CountryForm, set_country};
pub use join::{PickAndJoinPage, join_session, pick_and_join};
pub use list_consent::set_list_consent;
pub use me::{
    CancelPage, JoinState, MePage, MyDay, MyItem, PickForm, cancel, cancel_form, me, pick,
    rotate_feed,
};
pub use register::{
    ClosedPage, JoinForm, RegisterPage, SentPage, SignUpForm, join_conference, register,
    register_form, sent,
};

/// Where the "check your email" page finds the address it names.
const SENT_TO_KEY: &str = "sent_to";

async fn my_registration(
    state: &AppState,
    conf: &Conference,
    user: &User,
) -> Result<Option<Registration>, AppError> {
    let (cid, uid) = (conf.id, user.id);
    state
        .db
        .run(move |c| Ok::<_, AppError>(db::registrations::for_user(c, cid, uid)?))
        .await
}

/// The answer to a My conference action from someone with no registration: the
/// register page, saying why (a signed-in user is allowed here, just not yet able).
fn not_registered(cookie: &actix_session::Session, slug: &str) -> actix_web::HttpResponse {
    super::render::flash(cookie, tr("att-flash-not-registered"));
    super::render::see_other(&format!("/c/{slug}/register"))
}

/// A registration's status as the reader says it ("Confirmed", "Подтверждена").
pub fn status_label(status: &RegistrationStatus) -> String {
    tr(match status {
        RegistrationStatus::Pending => "att-status-pending",
        RegistrationStatus::Confirmed => "att-status-confirmed",
        RegistrationStatus::Waitlisted => "att-status-waitlisted",
        RegistrationStatus::Cancelled => "att-status-cancelled",
    })
}
