//! The route table: every path, its methods and handlers, and the [`Need`] that the
//! guard enforces before any handler runs. `TABLE` is the same list as data, walked
//! by the authorization test with every kind of user.

use actix_web::middleware::from_fn;
use actix_web::web::{self, ServiceConfig};

use super::guard::{self, Need};
use super::{account, attendee, auth, moderate, public};

/// One route as data: (methods, path pattern, need).
pub type RouteInfo = (&'static [&'static str], &'static str, Need);

macro_rules! route_table {
    ($( $path:literal : $need:ident => { $( $method:ident => $handler:path ),+ $(,)? } )*) => {
        /// Every route of the application.
        pub const TABLE: &[RouteInfo] = &[
            $( (&[$( stringify!($method) ),+], $path, Need::$need), )*
        ];

        /// Registers every route of [`TABLE`], each wrapped in its guard.
        pub fn register(cfg: &mut ServiceConfig) {
            $(
                cfg.service(
                    web::resource($path)
                        .wrap(from_fn(|req, next| guard::enforce(Need::$need, req, next)))
                        $( .route(web::$method().to($handler)) )+
                );
            )*
        }
    };
}

route_table! {
    "/healthz": Public => { get => public::healthz }
    "/": Public => { get => public::home }
    "/login": Public => { get => auth::login_form, post => auth::login }
    "/logout": Public => { post => auth::logout }
    "/password/reset": Public => { get => account::reset_form, post => account::request_reset }
    "/password/reset/{token}": Public => { get => account::reset_password_form, post => account::reset_password }
    "/confirm/{token}": Public => { get => attendee::confirm }

    "/account": SignedIn => { get => account::account, post => account::update_account }
    "/account/password": SignedIn => { get => account::password_form, post => account::change_password }
    "/account/email": SignedIn => { get => account::email_form, post => account::change_email }
    "/account/email/{token}": Public => { get => account::confirm_email }
    "/account/delete": SignedIn => { get => account::delete_form, post => account::delete }
    "/account/data.json": SignedIn => { get => account::download }

    "/c/{slug}": Public => { get => public::conference }
    "/c/{slug}/agenda": Public => { get => public::agenda }
    "/c/{slug}/sessions/{id}": Public => { get => public::session }
    "/c/{slug}/sessions/{id}/join": SignedIn => { get => attendee::join_session }
    "/c/{slug}/register": Public => { get => attendee::register_form, post => attendee::register }
    "/c/{slug}/register/join": SignedIn => { post => attendee::join_conference }
    "/c/{slug}/register/sent": Public => { get => attendee::sent }
    "/c/{slug}/register/resend": Public => { get => attendee::resend_form, post => attendee::resend }
    "/c/{slug}/me": SignedIn => { get => attendee::me }
    "/c/{slug}/me/picks": SignedIn => { post => attendee::pick }
    "/c/{slug}/me/cancel": SignedIn => { get => attendee::cancel_form, post => attendee::cancel }
    "/c/{slug}/me/feed": SignedIn => { post => attendee::rotate_feed }

    "/moderate": SignedIn => { get => moderate::sessions::my_sessions }
    "/moderate/c/{slug}/sessions/{id}": SessionPerson => { get => moderate::sessions::session }
    "/moderate/c/{slug}/sessions/{id}/run-of-show": SessionModerator => { post => moderate::sessions::save_run_of_show }
    "/moderate/c/{slug}/sessions/{id}/attendees": SessionPerson => { get => moderate::roster::shared }
    "/moderate/c/{slug}/sessions/{id}/roster": SessionModerator => { get => moderate::roster::roster }
    "/moderate/c/{slug}/sessions/{id}/roster/live": SessionModerator => { get => moderate::roster::roster_live }
    "/moderate/c/{slug}/sessions/{id}/roster.csv": SessionModerator => { get => moderate::roster_csv::roster_csv }
    "/moderate/c/{slug}/sessions/{id}/roster/check-in": SessionModerator => { post => moderate::checkin::check_in }
    "/moderate/c/{slug}/sessions/{id}/roster/undo": SessionModerator => { post => moderate::checkin::undo }
}
