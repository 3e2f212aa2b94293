//! The sentences of the registrations pages that carry counts, in the reader's
//! language with the numbers grouped their way.

use crate::domain::l10n::{Arg, current, tr, tr_with};

/// A message about `count` (`$count` chooses the plural form, `$n` shows it
/// grouped) with further arguments, numbers among them already grouped.
pub fn counted(key: &str, count: i64, extra: &[(&str, i64)]) -> String {
    let lang = current();
    let shown: Vec<(&str, String)> = std::iter::once(("n", count))
        .chain(extra.iter().copied())
        .map(|(name, v)| (name, lang.number(v)))
        .collect();
    let mut args: Vec<(&str, Arg<'_>)> = vec![("count", Arg::Number(count))];
    args.extend(shown.iter().map(|(name, v)| (*name, Arg::Text(v))));
    tr_with(key, &args)
}

/// "Showing 51–100 of 2,001 registrations." (plural by the total) or "No registrations match."
pub fn showing(first: i64, last: i64, total: i64) -> String {
    if total == 0 {
        return tr("org-reg-showing-none");
    }
    counted(
        "org-reg-showing",
        total,
        &[("first", first), ("last", last)],
    )
}

/// "Attended 2 of 3 picked sessions." (plural by the picked sessions).
pub fn attended_line(attended: usize, picked: usize) -> String {
    counted(
        "org-reg-attended",
        picked as i64,
        &[("attended", attended as i64)],
    )
}

/// A registration's status as the table and the detail show it: a `cancelled`
/// registration held back by its approval category says "Awaiting approval" or
/// "Declined" instead. (CSS class, label, CSV value.)
pub fn status_shown(
    status: crate::domain::status::RegistrationStatus,
    held: Option<crate::domain::categories::Approval>,
) -> (&'static str, String, &'static str) {
    use crate::domain::categories::Approval;
    match held {
        Some(Approval::Awaiting) => ("pending", tr("reg-approval-awaiting"), "awaiting_approval"),
        Some(Approval::Declined) => ("cancelled", tr("reg-approval-declined"), "declined"),
        _ => (status.as_str(), tr(status.label_key()), status.as_str()),
    }
}
