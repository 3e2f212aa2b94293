# Экспорт: наши собственные формулировки в файлах календаря и заголовки таблиц CSV.
exp-ics-day-of = { $title } (день { $day } из { $total })
exp-ics-online-conference = Онлайн-конференция.
exp-ics-agenda = Программа в Вашем часовом поясе:
exp-ics-mine = Ваши заседания и ссылки для подключения:
exp-ics-online = Онлайн
exp-ics-online-room = Онлайн — { $room }
exp-ics-join = Подключиться
# Список присутствующих на заседании (CSV)
exp-roster-name = Имя
exp-roster-country = Страна
exp-roster-organisation = Организация
exp-roster-status = Статус регистрации
exp-roster-joined = Присутствовал(а)
exp-roster-joined-at = Время подключения ({ $zone })
exp-roster-deleted = Удалённая учётная запись
exp-yes = да
exp-no = нет
# Таблица регистраций (CSV)
exp-reg-name = имя
exp-reg-email = адрес электронной почты
exp-reg-country-code = код страны
exp-reg-country-name = страна
exp-reg-organisation = организация
exp-reg-status = статус
exp-reg-registered-at = дата регистрации
exp-reg-confirmed-at = дата подтверждения
exp-reg-sessions-picked = выбрано заседаний
exp-reg-minutes-present = минут присутствия
