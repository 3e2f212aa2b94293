## Countries: the country a registration counts under (My conference).

data-country-changed = Your registration now counts under { $country }.
data-country-unchanged = Your registration already counts under { $country }.
data-country-quota-full = The places for { $country } are taken, so your registration keeps its country.
data-country-invalid = Select a country from the list; your country is unchanged.

## Time zones.

data-zone-unknown = '{ $input }' is not a time zone we know; use a city or a name like Asia/Tokyo. Times are shown in { $zone } instead.

## Regions (UN M49).

data-region-africa = Africa
data-region-americas = Americas
data-region-asia = Asia
data-region-europe = Europe
data-region-oceania = Oceania
data-region-antarctica = Antarctica
