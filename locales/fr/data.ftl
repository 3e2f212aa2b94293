## Pays : le pays au titre duquel une inscription est comptée (Ma conférence).

data-country-changed = Votre inscription est désormais comptée au titre du pays suivant : { $country }.
data-country-unchanged = Votre inscription est déjà comptée au titre du pays suivant : { $country }.
data-country-quota-full = Les places prévues pour le pays suivant sont toutes attribuées : { $country }. Votre inscription conserve donc son pays actuel.
data-country-invalid = Veuillez choisir un pays dans la liste ; le pays de votre inscription reste inchangé.

## Fuseaux horaires.

data-zone-unknown = « { $input } » n’est pas un fuseau horaire que nous connaissons ; indiquez une ville ou un nom tel que Asia/Tokyo. Les horaires sont donc indiqués selon le fuseau { $zone }.

## Régions (M49 de l’ONU).

data-region-africa = Afrique
data-region-americas = Amériques
data-region-asia = Asie
data-region-europe = Europe
data-region-oceania = Océanie
data-region-antarctica = Antarctique
