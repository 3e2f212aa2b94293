//! Whether a registrant gets a seat of the conference: the one rule behind sign-up,
//! joining with an account and promoting the waiting list. Inputs are the limits the
//! organizer set and the seats already taken; the caller counts under its lock.

/// The outcome of asking for a seat.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seat {
    Available,
    /// Every seat of the conference is taken.
    Full,
    /// The conference has room, but not for one more person from this country.
    CountryQuotaReached,
}

/// The organizer's limits; `None` means unlimited.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    pub capacity: Option<i32>,
    pub country_quota: Option<i32>,
}

/// Seats already held, in total and by people from the registrant's country.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Taken {
    pub total: i64,
    pub country: i64,
}

/// Decides a seat: the conference's capacity first, then the per-country quota.
pub fn seat(limits: Limits, taken: Taken) -> Seat {
    if limits
        .capacity
        .is_some_and(|cap| taken.total >= i64::from(cap))
    {
        Seat::Full
    } else if limits
        .country_quota
        .is_some_and(|quota| taken.country >= i64::from(quota))
    {
        Seat::CountryQuotaReached
    } else {
        Seat::Available
    }
}

/// Places left in a session with an optional capacity, given the seats taken: `None`
/// when the session is unlimited, `Some(0)` when it is full (never negative, even if an
/// organizer lowered the capacity below the seats already held). The rule behind
/// picking, the session waiting list and the "places left" note.
pub fn places_left(capacity: Option<i32>, taken: i64) -> Option<i64> {
    capacity.map(|cap| (i64::from(cap) - taken).max(0))
}

/// Which of a waiting list (its countries, first in line first) would get a seat
/// under `limits`, given the seats `total` held and `held_by(country)` held per
/// country: the indices, in order. The same walk as the promotion itself: stop when
/// full, skip a person whose country's quota is reached.
pub fn promotions<'a>(
    limits: Limits,
    mut total: i64,
    mut held_by: impl FnMut(&str) -> i64,
    waitlist: impl IntoIterator<Item = &'a str>,
) -> Vec<usize> {
    let mut extra: std::collections::HashMap<&str, i64> = std::collections::HashMap::new();
    let mut out = Vec::new();
    for (i, country) in waitlist.into_iter().enumerate() {
        let mine = extra.get(country).copied().unwrap_or(0);
        let country_taken = if limits.country_quota.is_some() {
            held_by(country) + mine
        } else {
            0
        };
        match seat(
            limits,
            Taken {
                total,
                country: country_taken,
            },
        ) {
            Seat::Full => break,
            Seat::CountryQuotaReached => continue,
            Seat::Available => {
                out.push(i);
                total += 1;
                *extra.entry(country).or_insert(0) += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn promotions_follow_the_line_and_the_quota() {
        let limits = Limits {
            capacity: Some(5),
            country_quota: Some(2),
        };
        // 2 seats held (one CH); the line: CH, CH, FR, FR, FR.
        let held = |c: &str| i64::from(c == "CH");
        let got = promotions(limits, 2, held, ["CH", "CH", "FR", "FR", "FR"]);
        assert_eq!(got, vec![0, 2, 3]);
        let unlimited = promotions(Limits::default(), 0, |_| 0, ["A", "B"]);
        assert_eq!(unlimited, vec![0, 1]);
    }

    #[test]
    fn places_left_never_go_below_zero() {
        assert_eq!(places_left(None, 500), None);
        assert_eq!(places_left(Some(30), 12), Some(18));
        assert_eq!(places_left(Some(30), 30), Some(0));
        assert_eq!(places_left(Some(10), 14), Some(0));
    }

    fn limits(capacity: Option<i32>, country_quota: Option<i32>) -> Limits {
        Limits {
            capacity,
            country_quota,
        }
    }

    fn taken(total: i64, country: i64) -> Taken {
        Taken { total, country }
    }

    #[test]
    fn no_limits_always_has_a_seat() {
        assert_eq!(
            seat(Limits::default(), taken(1_000_000, 1_000)),
            Seat::Available
        );
    }

    #[test]
    fn the_last_seat_is_available_and_the_next_is_not() {
        assert_eq!(seat(limits(Some(10), None), taken(9, 9)), Seat::Available);
        assert_eq!(seat(limits(Some(10), None), taken(10, 0)), Seat::Full);
        assert_eq!(seat(limits(Some(10), None), taken(11, 0)), Seat::Full);
    }

    #[test]
    fn a_full_country_is_refused_while_the_conference_has_room() {
        assert_eq!(
            seat(limits(Some(100), Some(2)), taken(5, 2)),
            Seat::CountryQuotaReached
        );
        assert_eq!(seat(limits(None, Some(2)), taken(5, 1)), Seat::Available);
    }

    #[test]
    fn a_full_conference_is_reported_before_the_quota() {
        assert_eq!(seat(limits(Some(5), Some(2)), taken(5, 2)), Seat::Full);
    }
}
