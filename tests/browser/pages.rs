//! The catalogue of page types that the accessibility and HTML gates walk: every
//! kind of page a person meets, in the states that matter (empty forms and forms
//! re-shown with errors), each with the account it needs. The browser tour and the
//! plain-HTTP fetch for the Nu Html Checker read the same list.

use diesel::prelude::*;
use plenary::db::schema::{registrations, users};

use crate::common::{TestApp, login_with, new_client, opening_id, submit_with};

pub const SLUG: &str = "ip-ai-2020";
pub const PASSWORD: &str = "plenary-demo";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    Anonymous,
    Attendee,
    Moderator,
    Organizer,
    Admin,
}

impl Who {
    pub fn email(self) -> Option<&'static str> {
        match self {
            Who::Anonymous => None,
            Who::Attendee => Some("attendee@demo.plenary.test"),
            Who::Moderator => Some("moderator@demo.plenary.test"),
            Who::Organizer => Some("organizer@demo.plenary.test"),
            Who::Admin => Some("admin@demo.plenary.test"),
        }
    }
}

/// One page type in one state.
#[derive(Clone, Debug)]
pub struct PageCase {
    /// A file-name-safe name, used for screenshots and HTML files.
    pub name: &'static str,
    pub who: Who,
    /// The page to open.
    pub path: String,
    /// For a form's answer (shown with errors, or a preview): the form's action
    /// and the values to submit.
    pub submit: Option<(String, Vec<(&'static str, &'static str)>)>,
    /// Text the page must show, so a gate never passes on the wrong page.
    pub expect: &'static str,
    /// Part of the set screenshotted at both widths and looked at by a person.
    pub key: bool,
}

fn page(name: &'static str, who: Who, path: impl Into<String>, expect: &'static str) -> PageCase {
    PageCase {
        name,
        who,
        path: path.into(),
        submit: None,
        expect,
        key: false,
    }
}

impl PageCase {
    fn with_errors(
        mut self,
        action: impl Into<String>,
        fields: &[(&'static str, &'static str)],
    ) -> Self {
        self.submit = Some((action.into(), fields.to_vec()));
        self
    }

    fn key(mut self) -> Self {
        self.key = true;
        self
    }
}

/// A fresh password-reset link for `email` (path only), read from the SMTP sink.
pub async fn reset_link(app: &TestApp, email: &str) -> String {
    let r = submit_with(
        &new_client(),
        &app.base,
        "/password/reset",
        "/password/reset",
        &[("email", email)],
    )
    .await;
    assert!(r.status().is_success() || r.status().is_redirection());
    app.drain().await;
    let mail = app
        .mails_to(email)
        .into_iter()
        .rev()
        .find(|m| m.link_containing("/password/reset/").is_some())
        .expect("a reset mail");
    let link = mail.link_containing("/password/reset/").unwrap();
    link.strip_prefix(&app.base)
        .expect("a link to this app")
        .to_string()
}

/// The id of the demo attendee's registration.
async fn attendee_registration(app: &TestApp) -> String {
    app.with_db(|c| {
        registrations::table
            .inner_join(users::table)
            .filter(users::email.eq("attendee@demo.plenary.test"))
            .select(registrations::id)
            .first::<String>(c)
            .expect("the demo attendee's registration")
    })
    .await
}

/// Changes in the back office, so the audit log shows a table rather than its
/// empty state and an announcement has a progress page: the organizer invites a
/// co-organizer and writes to the moderators and speakers. Returns the path of
/// the announcement's progress page.
async fn record_changes(app: &TestApp) -> String {
    let organizer = new_client();
    let r = login_with(
        &organizer,
        &app.base,
        "organizer@demo.plenary.test",
        PASSWORD,
    )
    .await;
    assert_eq!(r.status().as_u16(), 303, "organizer signs in");
    let people = format!("/organize/c/{SLUG}/people");
    let r = submit_with(
        &organizer,
        &app.base,
        &people,
        &format!("/organize/c/{SLUG}/organizers"),
        &[("email", "olusegun.adebayo@example.org")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303, "organizer invited");
    let r = submit_with(
        &organizer,
        &app.base,
        &format!("/organize/c/{SLUG}/announcements/new"),
        &format!("/organize/c/{SLUG}/announcements/send"),
        &[
            ("subject", "Technical rehearsal on Monday"),
            (
                "body",
                "Please join the **rehearsal** on Monday at 14:00 Geneva time.",
            ),
            ("audience", "staff"),
            ("action", "send"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303, "announcement sent");
    crate::common::location(&r)
}

/// Every page type, grouped by who sees it (so each account signs in once).
pub async fn catalogue(app: &TestApp) -> Vec<PageCase> {
    use Who::*;
    let s = SLUG;
    let opening = opening_id(app).await;
    let reset = reset_link(app, "speaker@demo.plenary.test").await;
    let announcement = record_changes(app).await;
    let registration = attendee_registration(app).await;
    let announce = format!("/organize/c/{s}/announcements/new");
    let register = format!("/c/{s}/register");
    vec![
        page("home", Anonymous, "/", "Conferences").key(),
        page("conference", Anonymous, format!("/c/{s}"), "registrants").key(),
        page(
            "agenda",
            Anonymous,
            format!("/c/{s}/agenda"),
            "Show times in",
        )
        .key(),
        page(
            "session",
            Anonymous,
            format!("/c/{s}/sessions/{opening}"),
            "Opening",
        )
        .key(),
        page("register", Anonymous, register.clone(), "Create a password").key(),
        page(
            "register-errors",
            Anonymous,
            register.clone(),
            "There is a problem",
        )
        .with_errors(register.clone(), &[])
        .key(),
        page(
            "register-sent",
            Anonymous,
            format!("/c/{s}/register/sent"),
            "Check your email",
        ),
        page(
            "register-resend",
            Anonymous,
            format!("/c/{s}/register/resend"),
            "Email address",
        ),
        page("login", Anonymous, "/login", "Sign in").key(),
        page("login-errors", Anonymous, "/login", "There is a problem").with_errors("/login", &[]),
        page(
            "password-reset",
            Anonymous,
            "/password/reset",
            "Reset your password",
        ),
        page(
            "password-reset-errors",
            Anonymous,
            "/password/reset",
            "There is a problem",
        )
        .with_errors("/password/reset", &[("email", "not an address")]),
        page("password-reset-new", Anonymous, reset, "password"),
        page("not-found", Anonymous, "/c/no-such-conference", "not found"),
        page(
            "my-conference",
            Attendee,
            format!("/c/{s}/me"),
            "My conference",
        )
        .key(),
        page(
            "cancel-registration",
            Attendee,
            format!("/c/{s}/me/cancel"),
            "Cancel",
        ),
        page(
            "join-too-early",
            Attendee,
            format!("/c/{s}/sessions/{opening}/join"),
            "link opens",
        ),
        page("account", Attendee, "/account", "Your account"),
        page("account-errors", Attendee, "/account", "There is a problem")
            .with_errors(
                "/account",
                &[("name", ""), ("time_zone", "Mars/Olympus_Mons")],
            )
            .key(),
        page(
            "account-password",
            Attendee,
            "/account/password",
            "password",
        ),
        page("account-email", Attendee, "/account/email", "email"),
        page("account-delete", Attendee, "/account/delete", "Delete"),
        page("moderate", Moderator, "/moderate", "My sessions").key(),
        page(
            "moderate-session",
            Moderator,
            format!("/moderate/c/{s}/sessions/{opening}"),
            "Open the roster",
        ),
        page(
            "moderate-roster",
            Moderator,
            format!("/moderate/c/{s}/sessions/{opening}/roster"),
            "Attendees",
        )
        .key(),
        page(
            "moderate-roster-filtered",
            Moderator,
            format!("/moderate/c/{s}/sessions/{opening}/roster?attendance=not-joined&sort=country"),
            "Showing",
        ),
        page("organize", Organizer, "/organize", "Back office"),
        page(
            "organize-overview",
            Organizer,
            format!("/organize/c/{s}"),
            "published",
        )
        .key(),
        page(
            "organize-settings-errors",
            Organizer,
            format!("/organize/c/{s}/edit"),
            "There is a problem",
        )
        .with_errors(
            format!("/organize/c/{s}/edit"),
            &[("title", ""), ("slug", "Not a slug!")],
        ),
        page(
            "organize-agenda",
            Organizer,
            format!("/organize/c/{s}/agenda"),
            "Add a session",
        )
        .key(),
        page(
            "organize-session-errors",
            Organizer,
            format!("/organize/c/{s}/sessions/new"),
            "There is a problem",
        )
        .with_errors(format!("/organize/c/{s}/sessions/new"), &[("title", "")])
        .key(),
        page(
            "organize-session-edit",
            Organizer,
            format!("/organize/c/{s}/sessions/{opening}/edit"),
            "Edit the session",
        ),
        page(
            "organize-session-people",
            Organizer,
            format!("/organize/c/{s}/sessions/{opening}/people"),
            "Invite someone",
        ),
        page(
            "organize-session-delete",
            Organizer,
            format!("/organize/c/{s}/sessions/{opening}/delete"),
            "delete",
        ),
        page(
            "organize-session-cancel",
            Organizer,
            format!("/organize/c/{s}/sessions/{opening}/cancel"),
            "Cancel",
        ),
        page(
            "organize-people",
            Organizer,
            format!("/organize/c/{s}/people"),
            "Organizers",
        )
        .key(),
        page(
            "organize-registrations",
            Organizer,
            format!("/organize/c/{s}/registrations"),
            "Registrations",
        )
        .key(),
        page(
            "organize-registration",
            Organizer,
            format!("/organize/c/{s}/registrations/{registration}"),
            "Amina",
        ),
        page(
            "organize-stats",
            Organizer,
            format!("/organize/c/{s}/stats"),
            "Statistics",
        )
        .key(),
        page(
            "organize-announcements",
            Organizer,
            format!("/organize/c/{s}/announcements"),
            "Technical rehearsal",
        ),
        page(
            "organize-announcement-errors",
            Organizer,
            announce.clone(),
            "There is a problem",
        )
        .with_errors(announce.clone(), &[("subject", ""), ("body", "")]),
        page(
            "organize-announcement-preview",
            Organizer,
            announce.clone(),
            "Check your announcement",
        )
        .with_errors(
            announce.clone(),
            &[
                ("subject", "Slides due Friday"),
                ("body", "Send your slides by *Friday*."),
                ("audience", "staff"),
            ],
        )
        .key(),
        page(
            "organize-announcement-progress",
            Organizer,
            announcement,
            "Technical rehearsal",
        ),
        page(
            "organize-outbox",
            Organizer,
            format!("/organize/c/{s}/outbox"),
            "Outbox",
        ),
        page(
            "organize-outbox-lookup",
            Organizer,
            format!("/organize/c/{s}/outbox?to=attendee"),
            "Look up a recipient",
        ),
        page(
            "organize-identity",
            Organizer,
            format!("/organize/c/{s}/identity"),
            "Identity",
        ),
        page(
            "organize-video",
            Organizer,
            format!("/organize/c/{s}/video"),
            "Video platform",
        ),
        page(
            "organize-session-video",
            Organizer,
            format!("/organize/c/{s}/sessions/{opening}/video"),
            "Video options",
        ),
        page("account-profile", Moderator, "/account/profile", "Photo"),
        // Right to left, and the other scripts, through the same gates.
        page(
            "public-agenda-ar",
            Anonymous,
            format!("/c/{s}/agenda?lang=ar"),
            "العربية",
        )
        .key(),
        page("public-home-zh", Anonymous, "/?lang=zh", "中文"),
        page(
            "organize-audit",
            Organizer,
            format!("/organize/c/{s}/audit"),
            "Newest first",
        )
        .key(),
        page(
            "organize-new-conference",
            Admin,
            "/organize/conferences/new",
            "Create a conference",
        ),
        // More pages in other languages (each case names its language: the choice is
        // remembered in a cookie, which changes of user forget).
        page(
            "register-ar",
            Anonymous,
            format!("{register}?lang=ar"),
            "العربية",
        )
        .key(),
        page("moderate-ar", Moderator, "/moderate?lang=ar", "العربية").key(),
        page(
            "organize-registrations-ru",
            Organizer,
            format!("/organize/c/{s}/registrations?lang=ru"),
            "Русский",
        )
        .key(),
        // Issue 18: categories, approval, questions, invitations; issue 15: translations.
        // `?lang=en` where the role's browser remembers another language from above.
        page(
            "organize-categories",
            Organizer,
            format!("/organize/c/{s}/categories?lang=en"),
            "Participant categories",
        ),
        page(
            "organize-approvals",
            Organizer,
            format!("/organize/c/{s}/approvals"),
            "awaiting approval",
        ),
        page(
            "organize-questions",
            Organizer,
            format!("/organize/c/{s}/questions"),
            "Registration questions",
        )
        .key(),
        page(
            "organize-question-new",
            Organizer,
            format!("/organize/c/{s}/questions/new"),
            "New question",
        ),
        page(
            "organize-invitations",
            Organizer,
            format!("/organize/c/{s}/invitations"),
            "Invitations",
        ),
        page(
            "organize-invitations-import",
            Organizer,
            format!("/organize/c/{s}/invitations/import"),
            "Import invitations",
        ),
        page(
            "organize-translations-ar",
            Organizer,
            format!("/organize/c/{s}/translations?lang=ar"),
            "العربية",
        )
        .key(),
        page(
            "organize-session-translations",
            Organizer,
            format!("/organize/c/{s}/sessions/{opening}/translations?lang=en"),
            "Translations",
        ),
        page(
            "me-answers",
            Attendee,
            format!("/c/{s}/me/answers?lang=en"),
            "Your answers",
        ),
    ]
}
