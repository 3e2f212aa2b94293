//! Every kind of mail the platform sends scores 0 on SpamAssassin's default rules
//! (issue 16). Each message is written by the real code — the wording in
//! `email::messages`, the layouts, the outbox and the worker's MIME builder — to
//! `.eml` files through the file transport, and `spamassassin -t` (local rules only,
//! no Bayes, so the verdict is the same on every machine) scores each. A score above
//! zero fails with the rules that fired. `scripts/spamcheck.sh` runs this test; where
//! `spamassassin` is missing it is skipped, except under `CI=true` (`.ci/run`
//! installs Debian's `spamassassin`).

mod common;

use std::path::Path;
use std::process::Command;

use chrono::Duration;
use common::TestApp;
use plenary::config::MailTransport;
use plenary::db::conferences::{self, Conference};
use plenary::domain::Email;
use plenary::domain::l10n;
use plenary::domain::lang::Lang;
use plenary::email::transport::Transport;
use plenary::email::worker::Worker;
use plenary::email::{Attachment, Content, messages, outbox};
use plenary::export::ical;
use plenary::service::Ctx;
use plenary::service::announcements::{self as ann, Audience, Draft};

const TO: &str = "amina.attendee@example.org";

/// The announcement of the test, in English and in the four languages whose mail
/// is scored too: (subject, Markdown body).
const ENGLISH: (&str, &str) = (
    "Programme update for the second day",
    "Dear participants will find **two changes** to the programme of the second day:\n\n- The panel on *inventorship* now starts at 10:00 CEST.\n- The closing session moves to [the main hall](https://plenary.example.org/c/ip-ai-2020/agenda).\n\nThe recordings of the first day are on the conference page. We look forward to seeing you again tomorrow.",
);
const OTHERS: [(Lang, &str, &str); 4] = [
    (
        Lang::Fr,
        "Modification du programme de la deuxième journée",
        "Nous vous informons de **deux changements** au programme de la deuxième journée :\n\n- Le panel sur *la qualité d'inventeur* commence désormais à 10 h 00 (heure d'été d'Europe centrale).\n- La séance de clôture aura lieu dans [la salle principale](https://plenary.example.org/c/ip-ai-2020/agenda).\n\nLes enregistrements de la première journée sont disponibles sur la page de la conférence. Nous nous réjouissons de vous retrouver demain.",
    ),
    (
        Lang::Ru,
        "Изменения в программе второго дня",
        "Сообщаем Вам о **двух изменениях** в программе второго дня:\n\n- Дискуссия о *статусе изобретателя* теперь начинается в 10:00 по центральноевропейскому летнему времени.\n- Заключительное заседание пройдёт в [главном зале](https://plenary.example.org/c/ip-ai-2020/agenda).\n\nЗаписи первого дня доступны на странице конференции. С нетерпением ждём встречи с Вами завтра.",
    ),
    (
        Lang::Ar,
        "تعديل برنامج اليوم الثاني",
        "نود إحاطتكم علمًا بإجراء **تعديلين** على برنامج اليوم الثاني:\n\n- تبدأ حلقة النقاش حول *صفة المخترع* الآن في الساعة 10:00 بتوقيت وسط أوروبا الصيفي.\n- تُعقد الجلسة الختامية في [القاعة الرئيسية](https://plenary.example.org/c/ip-ai-2020/agenda).\n\nتسجيلات اليوم الأول متاحة على صفحة المؤتمر. نتطلع إلى لقائكم غدًا.",
    ),
    (
        Lang::Zh,
        "第二天议程调整",
        "谨通知您，第二天的议程有**两处调整**：\n\n- 关于*发明人身份*的小组讨论现改为中欧夏令时 10:00 开始。\n- 闭幕会议改在[主会场](https://plenary.example.org/c/ip-ai-2020/agenda)举行。\n\n第一天的会议录像已发布在会议页面上。期待明天与您再次相见。",
    ),
];

fn spamassassin_available() -> bool {
    let found = Command::new("spamassassin")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var("CI").is_err(),
            "spamassassin is missing under CI=true (apt-get install spamassassin)"
        );
        eprintln!("SKIPPED: spamassassin is not installed (apt-get install spamassassin)");
    }
    found
}

/// Every transactional message, with the names and links it really carries.
fn transactional(
    base: &str,
    conf: &Conference,
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<(&'static str, Content, Option<Attachment>)> {
    let tz = chrono_tz::Asia::Tokyo;
    let start = now + Duration::days(3);
    let end = start + Duration::minutes(90);
    let token = "kq3VxgS2b0m9yQy1cTqfJbE4Yz8lS0u6R2aWnH5dPcM";
    let name = "Amina Attendee";
    let title = "Copyright in training data";
    vec![
        (
            "confirm",
            messages::confirm_registration(base, conf, name, token, None),
            None,
        ),
        (
            "confirm_waitlisted",
            messages::confirm_registration(base, conf, name, token, Some(3)),
            None,
        ),
        (
            "already_have_account",
            messages::already_have_account(base, conf, name),
            None,
        ),
        (
            "confirmed_no_picks",
            messages::registration_confirmed(base, conf, name, tz, Some((start, end)), false),
            None,
        ),
        (
            "waitlisted_confirmed",
            messages::waitlisted_confirmed(base, conf, name, 2),
            None,
        ),
        (
            "promoted",
            messages::promoted(base, conf, name, false),
            None,
        ),
        (
            "session_seat",
            messages::session_seat(base, conf, name, title, start, end, tz),
            None,
        ),
        (
            "password_reset",
            messages::password_reset(base, name, token),
            None,
        ),
        ("reset_unknown", messages::reset_unknown(base), None),
        (
            "email_change",
            messages::email_change(base, name, token, "amina.new@example.org"),
            None,
        ),
        (
            "email_changed_notice",
            messages::email_changed_notice(name, "amina.new@example.org"),
            None,
        ),
        (
            "session_moved",
            messages::session_moved(base, conf, name, title, start, end, tz),
            None,
        ),
        (
            "session_removed",
            messages::session_removed(base, conf, name, title),
            None,
        ),
        (
            "role_invitation",
            messages::role_invitation(base, conf, "moderator", Some(title), token),
            None,
        ),
        (
            "session_reminder",
            messages::session_reminder(base, conf, name, title, start, end, tz),
            None,
        ),
    ]
}

/// `(score, rules that scored above zero)` from `spamassassin -t`'s report.
fn score(file: &Path) -> (f64, Vec<String>) {
    let out = Command::new("spamassassin")
        .args(["-L", "-t", "--cf=use_bayes 0", "--cf=bayes_auto_learn 0"])
        .stdin(std::fs::File::open(file).expect("open mail"))
        .output()
        .expect("run spamassassin");
    let report = String::from_utf8_lossy(&out.stdout);
    let status = report
        .lines()
        .find(|l| l.starts_with("X-Spam-Status:"))
        .unwrap_or_else(|| panic!("no X-Spam-Status in the report for {}", file.display()));
    let score: f64 = status
        .split("score=")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .expect("a score");
    // The table after "Content analysis details": " 1.2 RULE_NAME  description".
    let rules = report
        .lines()
        .skip_while(|l| !l.starts_with("Content analysis details"))
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let pts: f64 = w.next()?.parse().ok()?;
            let rule = w.next()?;
            (pts > 0.0).then(|| format!("{pts} {rule} {}", w.collect::<Vec<_>>().join(" ")))
        })
        .collect();
    (score, rules)
}

#[tokio::test]
async fn every_kind_of_mail_scores_zero_on_spamassassin_default_rules() {
    if !spamassassin_available() {
        return;
    }
    let app = TestApp::spawn_demo(5).await;
    let base = "https://plenary.example.org".to_string();
    let now = app.clock.now();
    let dir = tempfile::tempdir().expect("mail dir");

    let b2 = base.clone();
    let kinds: Vec<&'static str> = app
        .db
        .write_blocking(move |c| {
            let conf = conferences::by_slug(c, "ip-ai-2020")?.expect("demo conference");
            let to = Email::parse(TO).expect("address");
            let mut kinds = Vec::new();
            // The confirmation's calendar, as `send_confirmed` attaches it.
            let sessions = plenary::db::sessions::for_conference(c, conf.id)?;
            let ics =
                ical::confirmation_calendar(&conf, &sessions, &[], &b2, now).expect("a calendar");
            let picked = [sessions[1].id, sessions[2].id];
            let ics_picked = ical::confirmation_calendar(&conf, &sessions, &picked, &b2, now)
                .expect("a calendar");
            let mut all = transactional(&b2, &conf, now);
            let start = sessions[0].starts_at;
            for (kind, has, body) in [
                ("confirmed", false, ics),
                ("confirmed_picks", true, ics_picked),
            ] {
                all.push((
                    kind,
                    messages::registration_confirmed(
                        &b2,
                        &conf,
                        "Amina Attendee",
                        conf.tz,
                        Some((start, start + Duration::hours(50))),
                        has,
                    ),
                    Some(Attachment {
                        filename: "ip-ai-2020.ics".into(),
                        content_type: ical::CONTENT_TYPE.into(),
                        body,
                    }),
                ));
            }
            for (kind, content, attachment) in all {
                let mail = content.render(&to, kind, attachment).expect("render");
                outbox::enqueue(c, &mail, Some(conf.id), now)?;
                kinds.push(kind);
            }
            // An announcement, through the use case, and its test copy.
            let draft = Draft::parse(
                &[(Lang::En, ENGLISH.0, ENGLISH.1)],
                conf.default_language,
                "confirmed",
                "",
                &sessions,
                conf.tz,
                now,
            )
            .expect("a valid draft");
            let ctx = Ctx { base_url: &b2, now };
            let organizer = Email::parse("organizer@demo.plenary.test").expect("address");
            ann::send_test(c, ctx, &conf, &organizer, "Inès Organizer-Demo", &draft)?;
            kinds.push("announcement_test");
            let label = Audience::Confirmed.describe(&sessions);
            let actor = plenary::db::users::by_email(c, &organizer)?
                .expect("organizer")
                .id;
            ann::send(c, ctx, &conf, actor, &draft, &label)?.expect("recipients");
            kinds.push("announcement");
            Ok::<_, plenary::service::Error>(kinds)
        })
        .expect("queue every kind of mail");

    // Only one recipient of the announcement batch is needed: drop the others first.
    app.with_db(|c| {
        use diesel::prelude::*;
        use plenary::db::schema::outbox as o;
        let keep: String = o::table
            .filter(o::kind.eq("announcement"))
            .order(o::id)
            .select(o::id)
            .first(c)
            .expect("an announcement row");
        diesel::delete(
            o::table
                .filter(o::kind.eq("announcement"))
                .filter(o::id.ne(keep)),
        )
        .execute(c)
        .expect("delete");
    })
    .await;

    let failures = drain_and_score(&app, dir.path(), kinds.len(), &[]).await;
    assert!(
        failures.is_empty(),
        "mail that SpamAssassin scores above 0 by other rules than {MISREAD:?}:\n{}",
        failures.join("\n")
    );
}

/// Delivers every queued mail to `.eml` files in `dir` through the real worker,
/// scores each, and returns the mails that scored above 0 by a rule not `allowed`
/// (or at all near the spam threshold of 5), with the rules that fired.
async fn drain_and_score(
    app: &TestApp,
    dir: &Path,
    expected: usize,
    allowed: &[&str],
) -> Vec<String> {
    let transport =
        Transport::from_settings(&MailTransport::Files(dir.to_path_buf())).expect("files");
    let worker = Worker::new(
        app.db.clone(),
        transport,
        app.clock.clone(),
        "IP & AI Conversation <no-reply@plenary.example.org>",
        None,
    )
    .expect("worker");
    let report = tokio::task::spawn_blocking(move || worker.drain())
        .await
        .expect("drain task")
        .expect("drain");
    assert_eq!(report.sent, expected, "one file per kind of mail");

    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), expected);
    let keep = std::env::var("PLENARY_SPAMCHECK_KEEP").ok();
    let mut failures = Vec::new();
    let checks: Vec<_> = files
        .into_iter()
        .map(|f| tokio::task::spawn_blocking(move || (score(&f), f)))
        .collect();
    for check in checks {
        let ((points, rules), file) = check.await.expect("spamassassin task");
        let raw = std::fs::read_to_string(&file).expect("mail");
        let subject = raw
            .lines()
            .find(|l| l.starts_with("Subject:"))
            .unwrap_or("Subject: ?")
            .to_string();
        if let Some(keep) = &keep {
            std::fs::create_dir_all(keep).expect("keep dir");
            let name = file.file_name().expect("file name");
            std::fs::copy(&file, Path::new(keep).join(name)).expect("keep a copy");
        }
        println!("{points:>5.1}  {subject}");
        // `rules` lines read "0.5 SUBJ_ALL_CAPS Subject is all capitals".
        let unexpected = rules.iter().any(|r| {
            let name = r.split_whitespace().nth(1).unwrap_or_default();
            !allowed.iter().any(|a| name.starts_with(a))
        });
        if points >= 2.5 || (points > 0.0 && (rules.is_empty() || unexpected)) {
            failures.push(format!("{subject}: {points}\n    {}", rules.join("\n    ")));
        }
    }
    failures
}

/// The default rules that misread French, Russian, Arabic or Chinese mail, and
/// cannot be avoided without changing what the mail says; each adds at most 1 point
/// (the spam threshold is 5), and any other rule that fires fails the test.
/// SUBJ_ALL_CAPS (0.5) looks at ASCII letters only, so "[IP & AI 2020] 第二天议程调整"
/// is "all capitals"; MIXED_ES (1.0) counts the Cyrillic "е" of Russian text as a
/// disguised Latin "e" once the English title and the links bring more than 20 real
/// ones (SpamAssassin's rule file notes that it misfires on Slavic languages);
/// HTML_OBFUSCATE_* (0.2) counts a tag between two letters as obfuscation, which is
/// every `<strong>` or link inside a Chinese sentence, written without spaces.
const MISREAD: [&str; 3] = ["SUBJ_ALL_CAPS", "MIXED_ES", "HTML_OBFUSCATE_"];

/// The confirmation (with its French, Russian, Arabic or Chinese dates and words)
/// and an announcement written in each of those languages, to registrants who chose
/// them: non-Latin scripts and right-to-left text must not look like spam either.
#[tokio::test]
async fn mail_in_french_russian_arabic_and_chinese_scores_zero_too() {
    if !spamassassin_available() {
        return;
    }
    let app = TestApp::spawn_demo(5).await;
    let base = "https://plenary.example.org".to_string();
    let now = app.clock.now();
    let dir = tempfile::tempdir().expect("mail dir");
    let langs: Vec<Lang> = OTHERS.iter().map(|o| o.0).collect();
    let b2 = base.clone();
    let expected = app
        .db
        .write_blocking(move |c| {
            use diesel::prelude::*;
            use plenary::db::schema::{registrations, users};
            let conf = conferences::by_slug(c, "ip-ai-2020")?.expect("demo conference");
            let to = Email::parse(TO).expect("address");
            let sessions = plenary::db::sessions::for_conference(c, conf.id)?;
            let start = sessions[0].starts_at;
            let mut n = 0;
            for lang in &langs {
                let confirm = l10n::with(*lang, || {
                    messages::confirm_registration(
                        &b2,
                        &conf,
                        "Amina Attendee",
                        "kq3VxgS2b0m9yQy1cTqfJbE4Yz8lS0u6R2aWnH5dPcM",
                        None,
                    )
                });
                let confirmed = l10n::with(*lang, || {
                    messages::registration_confirmed(
                        &b2,
                        &conf,
                        "Amina Attendee",
                        conf.tz,
                        Some((start, start + Duration::hours(50))),
                        false,
                    )
                });
                for (kind, content) in [("confirm", confirm), ("confirmed", confirmed)] {
                    let mail = content.render(&to, kind, None).expect("render");
                    outbox::enqueue(c, &mail, Some(conf.id), now)?;
                    n += 1;
                }
            }
            // One confirmed registrant per language, each gets the announcement in theirs.
            let ids: Vec<String> = registrations::table
                .inner_join(users::table)
                .filter(registrations::conference_id.eq(conf.id.to_string()))
                .filter(registrations::status.eq("confirmed"))
                .order(users::id)
                .select(users::id)
                .load(c)?;
            assert!(ids.len() >= langs.len(), "enough confirmed registrants");
            for (id, lang) in ids.iter().zip(&langs) {
                diesel::update(users::table.find(id))
                    .set(users::language.eq(lang.code()))
                    .execute(c)?;
            }
            let mut texts = vec![(Lang::En, ENGLISH.0, ENGLISH.1)];
            texts.extend(OTHERS.iter().copied());
            let draft = Draft::parse(
                &texts,
                conf.default_language,
                "confirmed",
                "",
                &sessions,
                conf.tz,
                now,
            )
            .expect("a valid draft");
            let ctx = Ctx { base_url: &b2, now };
            let organizer = Email::parse("organizer@demo.plenary.test").expect("address");
            let actor = plenary::db::users::by_email(c, &organizer)?
                .expect("organizer")
                .id;
            let label = Audience::Confirmed.describe(&sessions);
            ann::send(c, ctx, &conf, actor, &draft, &label)?.expect("recipients");
            // Keep one announcement per language written, drop the others.
            use plenary::db::schema::outbox as o;
            for lang in &langs {
                let keep: String = o::table
                    .filter(o::kind.eq("announcement"))
                    .filter(o::language.eq(lang.code()))
                    .order(o::id)
                    .select(o::id)
                    .first(c)?;
                diesel::delete(
                    o::table
                        .filter(o::kind.eq("announcement"))
                        .filter(o::language.eq(lang.code()))
                        .filter(o::id.ne(keep)),
                )
                .execute(c)?;
                n += 1;
            }
            diesel::delete(
                o::table
                    .filter(o::kind.eq("announcement"))
                    .filter(o::language.is_null().or(o::language.eq("en"))),
            )
            .execute(c)?;
            Ok::<_, plenary::service::Error>(n)
        })
        .expect("queue the mail");
    let failures = drain_and_score(&app, dir.path(), expected, &MISREAD).await;
    assert!(
        failures.is_empty(),
        "mail that SpamAssassin scores above 0 by other rules than {MISREAD:?}:\n{}",
        failures.join("\n")
    );
}
