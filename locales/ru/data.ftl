## Страны: страна, по которой учитывается регистрация (Моя конференция).

data-country-changed = Теперь Ваша регистрация учитывается по стране: { $country }.
data-country-unchanged = Ваша регистрация уже учитывается по стране: { $country }.
data-country-quota-full = Места, выделенные для страны { $country }, уже заняты, поэтому страна Вашей регистрации осталась прежней.
data-country-invalid = Выберите страну из списка; страна Вашей регистрации не изменена.

## Часовые пояса.

data-zone-unknown = «{ $input }» — неизвестный нам часовой пояс; укажите город или название вида Asia/Tokyo. Поэтому время указано по поясу { $zone }.

## Регионы (M49 ООН).

data-region-africa = Африка
data-region-americas = Америка
data-region-asia = Азия
data-region-europe = Европа
data-region-oceania = Океания
data-region-antarctica = Антарктида
