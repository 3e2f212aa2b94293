## Países: el país por el que se contabiliza una inscripción (Mi conferencia).

data-country-changed = A partir de ahora, su inscripción se contabiliza para { $country }.
data-country-unchanged = Su inscripción ya se contabiliza para { $country }.
data-country-quota-full = Las plazas reservadas para { $country } están agotadas, por lo que su inscripción conserva su país actual.
data-country-invalid = Seleccione un país de la lista; el país de su inscripción no se ha modificado.

## Zonas horarias.

data-zone-unknown = «{ $input }» no es una zona horaria que conozcamos; indique una ciudad o un nombre como Asia/Tokyo. Por ello, los horarios se indican en la zona { $zone }.

## Regiones (M49 de las Naciones Unidas).

data-region-africa = África
data-region-americas = Américas
data-region-asia = Asia
data-region-europe = Europa
data-region-oceania = Oceanía
data-region-antarctica = Antártida
