//! The route table: every path, its methods and handlers, and the [`Need`] that the
//! guard enforces before any handler runs. `TABLE` is the same list as data, walked
//! by the authorization test with every kind of user.

use actix_web::middleware::from_fn;
use actix_web::web::{self, ServiceConfig};

use super::guard::{self, Need};
use super::{
    account, attendee, auth, exports, identity, metrics, moderate, organize, people, public,
    public_agenda, unsubscribe, video,
};

/// One route as data: (methods, path pattern, need).
pub type RouteInfo = (&'static [&'static str], &'static str, Need);

/// HEAD answers like GET without a body (actix drops the body of HEAD responses):
/// the `get` routes also match HEAD, for feed readers and link checkers.
macro_rules! method {
    (get) => {
        web::route()
            .guard(actix_web::guard::Any(actix_web::guard::Get()).or(actix_web::guard::Head()))
    };
    (post) => {
        web::post()
    };
}

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
                        // Outermost: unreadable input is refused before the guard's queries.
                        .wrap(from_fn(super::edge::reject_unreadable))
                        $( .route(method!($method).to($handler)) )+
                );
            )*
        }
    };
}

route_table! {
    "/healthz": Public => { get => public::healthz }
    "/readyz": Public => { get => public::readyz }
    "/metrics": Public => { get => metrics::on_site }
    "/": Public => { get => public::home }
    "/login": Public => { get => auth::login_form, post => auth::login }
    "/logout": Public => { post => auth::logout }
    "/password/reset": Public => { get => account::reset_form, post => account::request_reset }
    "/password/reset/{token}": Public => { get => account::reset_password_form, post => account::reset_password }
    "/confirm/{token}": Public => { get => attendee::confirm_form, post => attendee::confirm }

    "/account": SignedIn => { get => account::account, post => account::update_account }
    "/account/password": SignedIn => { get => account::password_form, post => account::change_password }
    "/account/email": SignedIn => { get => account::email_form, post => account::change_email }
    "/account/email/{token}": Public => { get => account::confirm_email_form, post => account::confirm_email }
    "/account/delete": SignedIn => { get => account::delete_form, post => account::delete }
    "/account/data.json": SignedIn => { get => account::download }
    "/account/sign-out-everywhere": SignedIn => { post => account::sign_out_everywhere }
    "/account/zone": SignedIn => { post => account::save_zone }

    "/c/{slug}": Public => { get => public::conference }
    "/c/{slug}/agenda": Public => { get => public_agenda::agenda }
    "/c/{slug}/sessions/{id}": Public => { get => public::session }
    "/c/{slug}/sessions/{id}/join": SignedIn => { get => attendee::join_session, post => attendee::pick_and_join }
    "/c/{slug}/register": Public => { get => attendee::register_form, post => attendee::register }
    "/c/{slug}/register/join": SignedIn => { post => attendee::join_conference }
    "/c/{slug}/register/sent": Public => { get => attendee::sent }
    "/c/{slug}/register/resend": Public => { get => attendee::resend_form, post => attendee::resend }
    "/c/{slug}/invitation/{token}": Public => { get => attendee::invitation::invitation_form, post => attendee::invitation::invitation_accept }
    "/c/{slug}/me": SignedIn => { get => attendee::me }
    "/c/{slug}/me/picks": SignedIn => { post => attendee::pick }
    "/c/{slug}/me/cancel": SignedIn => { get => attendee::cancel_form, post => attendee::cancel }
    "/c/{slug}/me/feed": SignedIn => { post => attendee::rotate_feed }
    "/c/{slug}/me/country": SignedIn => { post => attendee::set_country }
    "/c/{slug}/schedule.xml": Public => { get => exports::schedule_xml }
    "/c/{slug}/schedule.json": Public => { get => exports::schedule_json }
    "/c/{slug}/agenda.ics": Public => { get => exports::agenda_ics }
    "/c/{slug}/sessions/{id}/event.ics": Public => { get => exports::session_ics }
    "/feeds/{token}.ics": Public => { get => exports::feed }

    "/organize": AnyOrganizer => { get => organize::dashboard::index }
    "/organize/c/{slug}": Organizer => { get => organize::dashboard::overview }
    "/organize/conferences/new": Admin => { get => organize::conferences::new_form, post => organize::conferences::create }
    "/organize/c/{slug}/edit": Organizer => { get => organize::conferences::edit_form, post => organize::conferences::update }
    "/organize/c/{slug}/publish": Organizer => { post => organize::conferences::publish }
    "/organize/c/{slug}/agenda": Organizer => { get => organize::agenda::agenda }
    "/organize/c/{slug}/sessions/new": Organizer => { get => organize::agenda::new_form, post => organize::agenda::create }
    "/organize/c/{slug}/sessions/{id}/edit": Organizer => { get => organize::agenda::edit_form, post => organize::agenda::update }
    "/organize/c/{slug}/sessions/{id}/duplicate": Organizer => { post => organize::agenda::duplicate }
    "/organize/c/{slug}/sessions/{id}/delete": Organizer => { get => organize::agenda::delete_form, post => organize::agenda::delete }
    "/organize/c/{slug}/sessions/{id}/cancel": Organizer => { get => organize::agenda::cancel_form, post => organize::agenda::cancel }
    "/organize/c/{slug}/sessions/{id}/people": Organizer => { get => organize::people::session_people, post => organize::people::assign_to_session }
    "/organize/c/{slug}/sessions/{id}/people/remove": Organizer => { post => organize::people::remove_from_session }
    "/organize/c/{slug}/people": Organizer => { get => organize::people::people }
    "/organize/c/{slug}/organizers": Organizer => { post => organize::people::invite_organizer }
    "/organize/c/{slug}/invitations/resend": Organizer => { post => organize::people::resend_invitation }
    "/organize/c/{slug}/invitations/withdraw": Organizer => { post => organize::people::withdraw_invitation }
    "/invite/{token}": Public => { get => organize::invite::invite_form, post => organize::invite::accept_invite }
    "/organize/c/{slug}/audit": Organizer => { get => organize::audit::audit }
    "/organize/c/{slug}/registrations": Organizer => { get => organize::registrations::index }
    "/organize/c/{slug}/registrations.csv": Organizer => { get => organize::registrations::csv_export }
    "/organize/c/{slug}/registrations/bulk": Organizer => { post => organize::bulk::bulk }
    "/organize/c/{slug}/registrations/{rid}": Organizer => { get => organize::registrations::show }
    "/organize/c/{slug}/registrations/{rid}/resend": Organizer => { post => organize::registrations::resend }
    "/organize/c/{slug}/registrations/{rid}/confirm": Organizer => { post => organize::registrations::confirm }
    "/organize/c/{slug}/registrations/{rid}/cancel": Organizer => { post => organize::registrations::cancel }
    "/organize/c/{slug}/registrations/{rid}/promote": Organizer => { post => organize::registrations::promote }
    "/organize/c/{slug}/categories": Organizer => { get => organize::categories::index, post => organize::categories::create }
    "/organize/c/{slug}/categories/new": Organizer => { get => organize::categories::new_form }
    "/organize/c/{slug}/categories/{cid}": Organizer => { get => organize::categories::edit_form, post => organize::categories::update }
    "/organize/c/{slug}/categories/{cid}/archive": Organizer => { post => organize::categories::archive }
    "/organize/c/{slug}/categories/{cid}/delete": Organizer => { post => organize::categories::delete }
    "/organize/c/{slug}/approvals": Organizer => { get => organize::approvals::index, post => organize::approvals::decide }
    "/organize/c/{slug}/invitations": Organizer => { get => organize::reg_invitations::index }
    "/organize/c/{slug}/invitations/import": Organizer => { get => organize::reg_invitations_add::import_form, post => organize::reg_invitations_add::import }
    "/organize/c/{slug}/invitations/new": Organizer => { get => organize::reg_invitations_add::new_form, post => organize::reg_invitations_add::create }
    "/organize/c/{slug}/invitations/remind": Organizer => { post => organize::reg_invitations::remind }
    "/organize/c/{slug}/invitations/{iid}/revoke": Organizer => { get => organize::reg_invitations::revoke_form, post => organize::reg_invitations::revoke }
    "/organize/c/{slug}/stats": Organizer => { get => organize::stats::page }
    "/organize/c/{slug}/announcements": Organizer => { get => organize::announcements::index }
    "/organize/c/{slug}/announcements/new": Organizer => { get => organize::announcements::compose, post => organize::announcements::preview }
    "/organize/c/{slug}/announcements/send": Organizer => { post => organize::announcements::send }
    // `{batch}.json` before `{batch}`: resources match in this order.
    "/organize/c/{slug}/announcements/{batch}.json": Organizer => { get => organize::announcement_progress::progress_json }
    "/organize/c/{slug}/announcements/{batch}": Organizer => { get => organize::announcement_progress::progress }
    "/organize/c/{slug}/announcements/{batch}/cancel": Organizer => { get => organize::announcement_cancel::cancel_form, post => organize::announcement_cancel::cancel }
    "/organize/c/{slug}/outbox": Organizer => { get => organize::outbox::index }
    "/organize/c/{slug}/outbox/retry": Organizer => { post => organize::outbox::retry_all }
    "/organize/c/{slug}/outbox/{mid}/retry": Organizer => { post => organize::outbox::retry_one }
    "/organize/c/{slug}/video": Organizer => { get => organize::video::settings, post => organize::video::save }
    "/organize/c/{slug}/video/test": Organizer => { post => organize::video::test_connection }
    "/organize/c/{slug}/sessions/{id}/video": Organizer => { get => organize::video::session_form, post => organize::video::save_session }
    "/organize/c/{slug}/translations": Organizer => { get => organize::content::conference_form, post => organize::content::save_conference }
    "/organize/c/{slug}/sessions/{id}/translations": Organizer => { get => organize::content::session_form, post => organize::content::save_session }
    // Called by the video platform, not a browser: the per-meeting token in the path
    // is the credential (a wrong one is 403), so no login and no CSRF form.
    "/video/bbb/{id}/{token}/ended": PlatformToken => { get => video::bbb_meeting_ended, post => video::bbb_meeting_ended }
    "/video/bbb/{id}/{token}/analytics": PlatformToken => { post => video::bbb_analytics }

    "/moderate": SignedIn => { get => moderate::sessions::my_sessions }
    "/moderate/c/{slug}/sessions/{id}": SessionPerson => { get => moderate::sessions::session }
    "/moderate/c/{slug}/sessions/{id}/run-of-show": SessionModerator => { post => moderate::sessions::save_run_of_show }
    "/moderate/c/{slug}/sessions/{id}/attendees": SessionPerson => { get => moderate::roster::shared }
    "/moderate/c/{slug}/sessions/{id}/roster": SessionModerator => { get => moderate::roster::roster }
    "/moderate/c/{slug}/sessions/{id}/roster/live": SessionModerator => { get => moderate::roster::roster_live }
    "/moderate/c/{slug}/sessions/{id}/roster.csv": SessionModerator => { get => moderate::roster_csv::roster_csv }
    "/moderate/c/{slug}/sessions/{id}/roster/check-in": SessionModerator => { post => moderate::checkin::check_in }
    "/moderate/c/{slug}/sessions/{id}/roster/undo": SessionModerator => { post => moderate::checkin::undo }

    // Identity and profiles (issue 16, points 18–19).
    "/images/{hash}": Public => { get => identity::image }
    "/accent/{hex}.css": Public => { get => identity::accent_css }
    "/c/{slug}/people/{person}": Public => { get => people::person }
    "/account/profile": SignedIn => { get => account::profile::form, post => account::profile::save }
    "/account/profile/photo": SignedIn => { post => account::profile::photo }
    "/organize/c/{slug}/identity": Organizer => { get => organize::identity::form, post => organize::identity::save }
    "/organize/c/{slug}/identity/{picture}": Organizer => { post => organize::identity::picture }
    "/organize/c/{slug}/people/{person}/profile": Organizer => { get => organize::profiles::form, post => organize::profiles::save }
    "/organize/c/{slug}/people/{person}/profile/photo": Organizer => { post => organize::profiles::photo }
    // RFC 8058 one-click unsubscribe from announcements: the token authenticates the
    // POST, which needs no session and no CSRF token (tests/csrf.rs skips it).
    "/unsubscribe/{token}": Public => { get => unsubscribe::form, post => unsubscribe::one_click }

    // The list of participants and data retention (issue 18, points 5–6).
    "/c/{slug}/participants": Public => { get => crate::web::participants::list }
    "/c/{slug}/participants.csv": Public => { get => crate::web::participants::csv }
    "/c/{slug}/participants/print": Public => { get => crate::web::participants::print }
    "/c/{slug}/me/list-consent": SignedIn => { post => attendee::set_list_consent }
    "/organize/c/{slug}/participants-list": Organizer => { get => organize::participants_list::page, post => organize::participants_list::save }
    "/organize/c/{slug}/participants-list/internal": Organizer => { get => organize::participants_list::internal }
    "/organize/c/{slug}/participants-list/internal.csv": Organizer => { get => organize::participants_list::internal_csv }
    "/organize/c/{slug}/retention": Organizer => { get => organize::retention::form, post => organize::retention::save }
    "/organize/c/{slug}/retention/anonymise": Organizer => { get => organize::retention::confirm_form, post => organize::retention::anonymise }

    // Custom registration questions (issue 18, point 2).
    "/c/{slug}/me/answers": SignedIn => { get => attendee::answers_form, post => attendee::save_answers }
    "/organize/c/{slug}/questions": Organizer => { get => organize::questions::index, post => organize::question_form::create }
    "/organize/c/{slug}/questions/new": Organizer => { get => organize::question_form::new_form }
    "/organize/c/{slug}/questions/{qid}": Organizer => { get => organize::question_form::edit_form, post => organize::question_form::update }
    "/organize/c/{slug}/questions/{qid}/move": Organizer => { post => organize::questions::move_question }
    "/organize/c/{slug}/questions/{qid}/archive": Organizer => { post => organize::questions::archive }
    "/organize/c/{slug}/questions/{qid}/delete": Organizer => { get => organize::questions::delete_form, post => organize::questions::delete }
}
