//! Diesel table definitions, written to match `migrations/{sqlite,postgres}` exactly.
//! Ids are UUID strings and times are UTC `TIMESTAMP`s on both backends, so one
//! schema serves both; `tests/schema.rs` checks the migrations agree with each other.

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        name -> Text,
        country -> Text,
        organization -> Nullable<Text>,
        time_zone -> Text,
        password_hash -> Nullable<Text>,
        is_admin -> Bool,
        email_verified_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        language -> Nullable<Text>,
    }
}

diesel::table! {
    conferences (id) {
        id -> Text,
        slug -> Text,
        title -> Text,
        description -> Text,
        time_zone -> Text,
        starts_on -> Date,
        ends_on -> Date,
        registration_opens_at -> Nullable<Timestamp>,
        registration_closes_at -> Nullable<Timestamp>,
        capacity -> Nullable<Integer>,
        country_quota -> Nullable<Integer>,
        join_lead_minutes -> Integer,
        privacy_notice -> Text,
        sender_email -> Nullable<Text>,
        published -> Bool,
        speakers_see_roster -> Bool,
        reminders_enabled -> Bool,
        reminder_minutes -> Integer,
        agenda_version -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        video_platform -> Text,
        short_name -> Nullable<Text>,
        default_language -> Text,
    }
}

diesel::table! {
    conference_roles (conference_id, user_id, role) {
        conference_id -> Text,
        user_id -> Text,
        role -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sessions (id) {
        id -> Text,
        conference_id -> Text,
        title -> Text,
        summary -> Text,
        kind -> Text,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        track -> Text,
        capacity -> Nullable<Integer>,
        join_url -> Nullable<Text>,
        status -> Text,
        sequence -> Integer,
        version -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        floor_language -> Nullable<Text>,
    }
}

diesel::table! {
    session_people (session_id, user_id, role) {
        session_id -> Text,
        user_id -> Text,
        role -> Text,
        position -> Integer,
        slot_minutes -> Nullable<Integer>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    registrations (id) {
        id -> Text,
        conference_id -> Text,
        user_id -> Nullable<Text>,
        status -> Text,
        country -> Text,
        feed_token_hash -> Nullable<Text>,
        feed_created_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        confirmed_at -> Nullable<Timestamp>,
        cancelled_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
        listed_consent -> Bool,
        listed_consent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    enrollments (registration_id, session_id) {
        registration_id -> Text,
        session_id -> Text,
        status -> Text,
        created_at -> Timestamp,
        attended_at -> Nullable<Timestamp>,
        checked_in_by -> Nullable<Text>,
        country -> Text,
    }
}

diesel::table! {
    email_tokens (token_hash) {
        token_hash -> Text,
        user_id -> Text,
        purpose -> Text,
        registration_id -> Nullable<Text>,
        payload -> Nullable<Text>,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> Text,
        message_id -> Text,
        conference_id -> Nullable<Text>,
        kind -> Text,
        batch_id -> Nullable<Text>,
        to_address -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        attachment_name -> Nullable<Text>,
        attachment_type -> Nullable<Text>,
        attachment_body -> Nullable<Text>,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        lease_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        sent_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        sender_name -> Nullable<Text>,
        reply_to -> Nullable<Text>,
        list_unsubscribe -> Nullable<Text>,
        language -> Nullable<Text>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Text,
        conference_id -> Nullable<Text>,
        actor_id -> Nullable<Text>,
        action -> Text,
        subject -> Text,
        before_state -> Nullable<Text>,
        after_state -> Nullable<Text>,
        created_at -> Timestamp,
        subject_user_id -> Nullable<Text>,
        actor_label -> Nullable<Text>,
    }
}

diesel::table! {
    login_sessions (id_hash) {
        id_hash -> Text,
        user_id -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    rate_limits (key) {
        key -> Text,
        tat_ms -> BigInt,
    }
}

diesel::table! {
    role_invitations (token_hash) {
        token_hash -> Text,
        conference_id -> Text,
        session_id -> Nullable<Text>,
        session_role -> Nullable<Text>,
        email -> Text,
        invited_by -> Nullable<Text>,
        expires_at -> Timestamp,
        created_at -> Timestamp,
    }
}

diesel::table! {
    video_settings (conference_id) {
        conference_id -> Text,
        bbb_url -> Nullable<Text>,
        bbb_secret -> Nullable<Text>,
        bbb_checksum -> Text,
        jitsi_domain -> Nullable<Text>,
        jitsi_app_id -> Nullable<Text>,
        jitsi_secret -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    session_video (session_id) {
        session_id -> Text,
        record -> Bool,
        stream_url -> Nullable<Text>,
        audience_cap -> Integer,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    video_presence (session_id, user_id, joined_at) {
        session_id -> Text,
        user_id -> Text,
        joined_at -> Timestamp,
        left_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    images (hash) {
        hash -> Text,
        content_type -> Text,
        bytes -> Binary,
        width -> Integer,
        height -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    conference_identity (conference_id) {
        conference_id -> Text,
        accent_colour -> Nullable<Text>,
        contact_line -> Text,
        logo_hash -> Nullable<Text>,
        banner_hash -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    profiles (user_id) {
        user_id -> Text,
        honorific -> Text,
        job_title -> Text,
        organisation -> Text,
        country -> Text,
        biography -> Text,
        photo_hash -> Nullable<Text>,
        consent -> Bool,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    announcement_unsubscribes (token_hash) {
        token_hash -> Text,
        conference_id -> Text,
        email -> Text,
        unsubscribed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    categories (id) {
        id -> Text,
        conference_id -> Text,
        name -> Text,
        description -> Text,
        admission -> Text,
        capacity -> Nullable<Integer>,
        country_quota -> Nullable<Integer>,
        listed -> Bool,
        position -> Integer,
        archived_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        reapprove_on_edit -> Bool,
    }
}

diesel::table! {
    registration_invitations (id) {
        id -> Text,
        conference_id -> Text,
        category_id -> Text,
        email -> Text,
        name -> Text,
        country -> Text,
        organization -> Nullable<Text>,
        language -> Nullable<Text>,
        token_hash -> Text,
        allow_forwarding -> Bool,
        expires_at -> Timestamp,
        reminded_at -> Nullable<Timestamp>,
        used_at -> Nullable<Timestamp>,
        registration_id -> Nullable<Text>,
        revoked_at -> Nullable<Timestamp>,
        created_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    registration_categories (registration_id) {
        registration_id -> Text,
        category_id -> Text,
        approval -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        decision_message -> Nullable<Text>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    participant_settings (conference_id) {
        conference_id -> Text,
        participants_list_enabled -> Bool,
        retention_months -> Nullable<Integer>,
        retention_warned_at -> Nullable<Timestamp>,
        anonymised_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    questions (id) {
        id -> Text,
        conference_id -> Text,
        kind -> Text,
        label -> Text,
        help -> Text,
        required -> Bool,
        visible_to_moderators -> Bool,
        position -> Integer,
        archived_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    question_choices (id) {
        id -> Text,
        question_id -> Text,
        label -> Text,
        position -> Integer,
        archived_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    question_categories (question_id, category_id) {
        question_id -> Text,
        category_id -> Text,
    }
}

diesel::table! {
    registration_answers (id) {
        id -> Text,
        registration_id -> Text,
        question_id -> Text,
        choice_id -> Nullable<Text>,
        value -> Text,
        position -> Integer,
        created_at -> Timestamp,
    }
}

diesel::table! {
    conference_languages (conference_id, lang) {
        conference_id -> Text,
        lang -> Text,
    }
}

diesel::table! {
    conference_texts (conference_id, lang) {
        conference_id -> Text,
        lang -> Text,
        title -> Text,
        description -> Text,
        privacy_notice -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    session_texts (session_id, lang) {
        session_id -> Text,
        lang -> Text,
        title -> Text,
        #[sql_name = "abstract"]
        abstract_ -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    session_interpretation (session_id, lang) {
        session_id -> Text,
        lang -> Text,
    }
}

diesel::table! {
    announcement_versions (batch_id, lang) {
        batch_id -> Text,
        lang -> Text,
        conference_id -> Text,
        subject -> Text,
        body -> Text,
        is_default -> Bool,
        created_at -> Timestamp,
    }
}

diesel::joinable!(conference_roles -> conferences (conference_id));
diesel::joinable!(conference_roles -> users (user_id));
diesel::joinable!(sessions -> conferences (conference_id));
diesel::joinable!(session_people -> sessions (session_id));
diesel::joinable!(session_people -> users (user_id));
diesel::joinable!(registrations -> conferences (conference_id));
diesel::joinable!(registrations -> users (user_id));
diesel::joinable!(enrollments -> registrations (registration_id));
diesel::joinable!(enrollments -> sessions (session_id));
diesel::joinable!(email_tokens -> users (user_id));
diesel::joinable!(login_sessions -> users (user_id));
diesel::joinable!(role_invitations -> conferences (conference_id));
diesel::joinable!(role_invitations -> sessions (session_id));
diesel::joinable!(role_invitations -> users (invited_by));
diesel::joinable!(video_settings -> conferences (conference_id));
diesel::joinable!(session_video -> sessions (session_id));
diesel::joinable!(video_presence -> sessions (session_id));
diesel::joinable!(video_presence -> users (user_id));
diesel::joinable!(conference_identity -> conferences (conference_id));
diesel::joinable!(profiles -> users (user_id));
diesel::joinable!(announcement_unsubscribes -> conferences (conference_id));
diesel::joinable!(participant_settings -> conferences (conference_id));
diesel::joinable!(categories -> conferences (conference_id));
diesel::joinable!(registration_categories -> registrations (registration_id));
diesel::joinable!(registration_categories -> categories (category_id));
diesel::joinable!(registration_invitations -> conferences (conference_id));
diesel::joinable!(registration_invitations -> categories (category_id));
diesel::joinable!(registration_invitations -> registrations (registration_id));
diesel::joinable!(questions -> conferences (conference_id));
diesel::joinable!(question_choices -> questions (question_id));
diesel::joinable!(question_categories -> questions (question_id));
diesel::joinable!(question_categories -> categories (category_id));
diesel::joinable!(registration_answers -> registrations (registration_id));
diesel::joinable!(registration_answers -> questions (question_id));
diesel::joinable!(registration_answers -> question_choices (choice_id));

diesel::joinable!(conference_languages -> conferences (conference_id));
diesel::joinable!(conference_texts -> conferences (conference_id));
diesel::joinable!(session_texts -> sessions (session_id));
diesel::joinable!(session_interpretation -> sessions (session_id));

diesel::joinable!(announcement_versions -> conferences (conference_id));

diesel::allow_tables_to_appear_in_same_query!(
    announcement_versions,
    conference_languages,
    conference_texts,
    session_texts,
    session_interpretation,
    users,
    conferences,
    conference_roles,
    sessions,
    session_people,
    registrations,
    enrollments,
    email_tokens,
    outbox,
    audit_log,
    login_sessions,
    rate_limits,
    role_invitations,
    video_settings,
    session_video,
    video_presence,
    images,
    conference_identity,
    profiles,
    announcement_unsubscribes,
    participant_settings,
    categories,
    registration_categories,
    registration_invitations,
    questions,
    question_choices,
    question_categories,
    registration_answers,
);
