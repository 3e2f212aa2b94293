//! Room (track) names as organizers type them: spaces trimmed and collapsed, and a
//! name that matches an existing room apart from case keeps the existing spelling,
//! so "main hall" and "Main hall" are one room.

/// Trims and collapses runs of whitespace to one space.
pub fn normalise(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key two names are the same room by.
fn key(name: &str) -> String {
    normalise(name).to_lowercase()
}

/// Whether two names are one room.
pub fn same_room(a: &str, b: &str) -> bool {
    key(a) == key(b)
}

/// The spelling to store for `typed`: an existing room's spelling when one matches
/// apart from case and spaces, the normalised name otherwise.
pub fn canonical<'a>(typed: &str, existing: impl IntoIterator<Item = &'a str>) -> String {
    let name = normalise(typed);
    if name.is_empty() {
        return name;
    }
    existing
        .into_iter()
        .find(|e| same_room(e, &name))
        .map(normalise)
        .unwrap_or(name)
}

/// The conference's rooms, one per name apart from case and spaces (the first
/// spelling given wins), sorted case-insensitively; empty names left out.
pub fn room_list<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut rooms: Vec<String> = Vec::new();
    for n in names {
        let n = normalise(n);
        if !n.is_empty() && !rooms.iter().any(|r| same_room(r, &n)) {
            rooms.push(n);
        }
    }
    rooms.sort_by_key(|r| r.to_lowercase());
    rooms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_spaces_match_the_existing_spelling() {
        assert_eq!(canonical("  main   hall ", ["Main hall"]), "Main hall");
        assert_eq!(canonical("Room  B", ["Main hall"]), "Room B");
        assert_eq!(canonical("   ", ["Main hall"]), "");
    }

    #[test]
    fn the_room_list_has_one_entry_per_room() {
        assert_eq!(
            room_list(["main hall", "Main hall", "", "Annex", "main  hall"]),
            vec!["Annex".to_string(), "main hall".to_string()]
        );
    }
}
