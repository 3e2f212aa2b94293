## Панель организатора, часть B (настройки конференции, оформление, видео, программа,
## заседания) и страницы модераторов и докладчиков. Ключи с префиксом orgb-.

orgb-error-prefix = Ошибка:
orgb-cancelled = Отменено
orgb-save = Сохранить
orgb-cancel = Отменить
orgb-edit = Изменить
orgb-delete = Удалить
orgb-duplicate = Создать копию
orgb-reinstate = Восстановить
orgb-no-go-back = Нет, вернуться
orgb-no-keep-it = Нет, оставить
orgb-you = (Вы)
orgb-minutes-short = { $minutes } мин

## Moderators' and speakers' pages

orgb-mod-profile-link = Измените свой публичный профиль
orgb-mod-profile-after = (обращение, должность, фотография, биография), который отображается на страницах Ваших заседаний.
orgb-mod-none = Вы пока не модерируете ни одного заседания и не выступаете ни на одном из них.
orgb-mod-none-more = Когда организаторы конференции добавят Вас к заседанию в качестве модератора или докладчика, оно появится здесь: со временем в Вашем часовом поясе, порядком выступлений и ссылкой на встречу для ведущих. Чтобы следить за заседаниями как участник, перейдите к
orgb-mod-none-link = списку конференций
orgb-zone-current = Время указано в часовом поясе { $zone }.
orgb-zone-label = Показывать время в поясе
orgb-zone-button = Сменить часовой пояс
orgb-mod-session-link = Страница заседания и порядок выступлений
orgb-roster = Список участников
orgb-mod-session-title = { $title } — моё заседание
orgb-when-your-time = Когда (Ваше время, { $zone })
orgb-moderator = Модератор
orgb-open-roster = Открыть список участников
orgb-public-session-page = Публичная страница заседания
orgb-run-of-show = Порядок выступлений
orgb-no-speakers = На этом заседании нет докладчиков.
orgb-run-of-show-intro = Укажите порядок, в котором докладчики берут слово (1 — первый), и, если пожелаете, сколько минут отводится каждому.
orgb-run-of-show-caption-edit = Докладчики, порядок и время выступлений
orgb-run-of-show-caption = Докладчики в порядке выступления
orgb-col-speaker = Докладчик
orgb-col-position = Очерёдность
orgb-col-slot-optional = Время (в минутах, необязательно)
orgb-col-order = Порядок
orgb-col-slot = Время
orgb-position-of = Очерёдность: { $name }
orgb-slot-of = Время выступления: { $name }, в минутах
orgb-save-run-of-show = Сохранить порядок выступлений
orgb-host-open = Открыть встречу
orgb-host-open-note = (ссылка для модераторов и докладчиков)
orgb-host-opens-at = Ссылка на встречу для ведущих появится { $when }.
orgb-host-ended = Это заседание завершилось.

## Attendees by country

orgb-cc-heading = Участники по странам
orgb-nobody-enrolled = На это заседание пока никто не записался.
orgb-cc-summary = { $enrolled } из { $countries };
orgb-cc-enrolled =
    { $count ->
        [one] { $n } записавшийся
        [few] { $n } записавшихся
        [many] { $n } записавшихся
       *[other] { $n } записавшегося
    }
orgb-cc-countries =
    { $count ->
        [one] { $n } страны
        [few] { $n } стран
        [many] { $n } стран
       *[other] { $n } страны
    }
orgb-cc-joined =
    { $count ->
        [one] подключился { $n }.
        [few] подключились { $n }.
        [many] подключились { $n }.
       *[other] подключились { $n }.
    }
orgb-cc-joined-short =
    { $count ->
        [one] { $n } подключившийся
        [few] { $n } подключившихся
        [many] { $n } подключившихся
       *[other] { $n } подключившегося
    }
orgb-cc-chart-all = Подключившиеся / записавшиеся: тёмные полосы — подключившиеся, светлые — записавшиеся. Все страны приведены в таблице ниже.
orgb-cc-chart-partial =
    { $count ->
        [one] Подключившиеся / записавшиеся по { $n } стране с наибольшим числом участников: тёмные полосы — подключившиеся, светлые — записавшиеся. Все страны приведены в таблице ниже.
        [few] Подключившиеся / записавшиеся по { $n } странам с наибольшим числом участников: тёмные полосы — подключившиеся, светлые — записавшиеся. Все страны приведены в таблице ниже.
        [many] Подключившиеся / записавшиеся по { $n } странам с наибольшим числом участников: тёмные полосы — подключившиеся, светлые — записавшиеся. Все страны приведены в таблице ниже.
       *[other] Подключившиеся / записавшиеся по { $n } страны с наибольшим числом участников: тёмные полосы — подключившиеся, светлые — записавшиеся. Все страны приведены в таблице ниже.
    }
orgb-cc-caption = Записавшиеся и подключившиеся участники по странам
orgb-col-country = Страна
orgb-col-enrolled = Записались
orgb-col-joined = Подключились
orgb-col-total = Итого

## Roster

orgb-roster-title = Список участников — { $title }
orgb-undo = Отменить действие
orgb-times-in = время в поясе { $zone }
orgb-roster-read-only = Организаторы предоставляют этот список докладчикам заседания. Он доступен только для чтения: отмечать присутствие могут лишь модераторы.
orgb-roster-filter-label = Фильтр списка участников
orgb-search = Поиск
orgb-search-hint = Имя, организация или адрес электронной почты
orgb-all-countries = Все страны
orgb-attendance = Присутствие
orgb-everyone = Все
orgb-not-joined = Не подключился
orgb-sort-by = Сортировать по
orgb-sort-name = Имени
orgb-sort-joined = Времени подключения, сначала пришедшие первыми
orgb-sort-joined-latest = Времени подключения, сначала пришедшие последними
orgb-apply = Применить
orgb-clear = Сбросить
orgb-refresh = Обновить
orgb-download-csv = Скачать CSV
orgb-download-csv-hidden = с показанными строками
orgb-print = Печать
orgb-roster-showing = Показано { $matching } из { $enrolled }
orgb-roster-of-them-joined =
    { $count ->
        [one] (из них подключился { $n }).
        [few] (из них подключились { $n }).
        [many] (из них подключились { $n }).
       *[other] (из них подключились { $n }).
    }
orgb-roster-waitlisted =
    { $count ->
        [one] Ещё { $n } человек в листе ожидания заседания.
        [few] Ещё { $n } человека в листе ожидания заседания.
        [many] Ещё { $n } человек в листе ожидания заседания.
       *[other] Ещё { $n } человека в листе ожидания заседания.
    }
orgb-roster-updated = Обновлено в { $time }.
orgb-roster-no-match = Никто не соответствует этим фильтрам.
orgb-roster-caption = Участники
orgb-roster-caption-filtered = Участники, соответствующие фильтрам
orgb-range-of = { $range } из { $total }
orgb-rows-of = Строки { $range } из { $total }
orgb-col-organisation = Организация
orgb-col-registration = Регистрация
orgb-col-check-in = Отметка
orgb-checked-in-by-hand = (отмечен модератором)
orgb-present-minutes =
    { $count ->
        [one] присутствовал { $n } минуту
        [few] присутствовал { $n } минуты
        [many] присутствовал { $n } минут
       *[other] присутствовал { $n } минуты
    }
orgb-mark-absent = Отметить отсутствие
orgb-mark-present = Отметить присутствие
orgb-roster-pages = Страницы списка участников
orgb-roster-no-rows = На этой странице нет строк.
orgb-previous-page = Предыдущая страница
orgb-next-page = Следующая страница

## Back office: conferences

orgb-create-conference = Создать конференцию
orgb-no-conferences = Вы пока не ведёте ни одной конференции.
orgb-create-first = Создайте первую.
orgb-your-conferences = Ваши конференции
orgb-col-conference = Конференция
orgb-col-dates = Даты
orgb-col-status = Статус
orgb-published = Опубликована
orgb-draft = Черновик
orgb-overview-title = { $title } — панель организатора
orgb-capacity-n = вместимость { $n }
orgb-stat-countries =
    { $count ->
        [one] страна (подтверждено)
        [few] страны (подтверждено)
        [many] стран (подтверждено)
       *[other] страны (подтверждено)
    }
orgb-stat-sessions =
    { $count ->
        [one] заседание
        [few] заседания
        [many] заседаний
       *[other] заседания
    }
orgb-is-published = Конференция опубликована.
orgb-is-draft = Конференция является черновиком: её видят только организаторы.
orgb-publish = Опубликовать
orgb-unpublish = Снять с публикации
orgb-public-page = Публичная страница
orgb-preview-public-page = Предварительный просмотр публичной страницы
orgb-preview-note = (до публикации её видят только организаторы)
orgb-not-published = Не опубликована
orgb-nav-label = Панель организатора конференции
orgb-settings = Настройки
orgb-identity-link = Логотип, баннер, акцентный цвет и контактная строка
orgb-field-title = Название
orgb-field-slug = Веб-адрес
orgb-field-slug-hint = Строчные латинские буквы, цифры и дефисы. Конференция будет доступна по адресу /c/etot-adres.
orgb-field-description = Описание
orgb-field-description-hint = Markdown: **полужирный**, [ссылки](https://…), списки. Отображается на странице конференции.
orgb-field-starts-on = Первый день
orgb-field-ends-on = Последний день
orgb-field-time-zone = Часовой пояс конференции
orgb-field-time-zone-hint = Название по IANA, например Europe/Zurich. Вводимые Вами дни и время относятся к этому поясу.
orgb-field-opens = Начало регистрации (необязательно)
orgb-field-opens-hint = В часовом поясе конференции. Пусто: регистрация открыта сейчас.
orgb-field-closes = Окончание регистрации (необязательно)
orgb-field-closes-hint = Пусто: регистрация открыта, пока Вы её не закроете.
orgb-field-capacity = Вместимость (необязательно)
orgb-field-capacity-hint = Регистрации сверх неё попадают в лист ожидания.
orgb-field-quota = Не более стольких участников от одной страны (необязательно)
orgb-field-quota-hint = Сохраняет баланс между странами; сверх квоты участники попадают в лист ожидания.
orgb-field-join-lead = За сколько минут до заседания появляются ссылки для подключения
orgb-field-privacy = Уведомление о конфиденциальности
orgb-field-privacy-hint = Участники принимают его при регистрации.
orgb-field-sender = Адрес для ответов на письма (необязательно)
orgb-field-sender-hint = Ответы на объявления приходят на этот адрес (Reply-To).
orgb-field-short-name = Краткое название для писем (необязательно)
orgb-field-short-name-hint = Открывает тему объявлений, например «[IP & AI 2020] Изменения в программе». Пусто: полное название.
orgb-field-speakers-roster = Докладчики могут видеть списки участников своих заседаний
orgb-field-speakers-roster-hint = Иначе докладчики видят только численность по странам.
orgb-field-reminders = Отправлять записавшимся участникам напоминания о заседаниях
orgb-field-reminder-minutes = За сколько минут до заседания отправлять напоминание
orgb-create-the-conference = Создать конференцию
orgb-save-settings = Сохранить настройки
orgb-limits-title = Подтверждение новых ограничений — { $title }
orgb-limits-heading =
    { $count ->
        [one] Перевести { $n } человека из листа ожидания?
        [few] Перевести { $n } человек из листа ожидания?
        [many] Перевести { $n } человек из листа ожидания?
       *[other] Перевести { $n } человека из листа ожидания?
    }
orgb-limits-with = При вместимости { $capacity } и квоте { $quota } на страну
orgb-limits-promoted =
    { $count ->
        [one] место получает { $n } участник из листа ожидания, в порядке очереди.
        [few] места получают { $n } участника из листа ожидания, в порядке очереди.
        [many] места получают { $n } участников из листа ожидания, в порядке очереди.
       *[other] места получают { $n } участника из листа ожидания, в порядке очереди.
    }
orgb-limits-mailed = Каждому из них сразу отправляется письмо; повторное снижение ограничений этого не отменит.
orgb-limits-yes =
    { $count ->
        [one] Да, сохранить и перевести { $n } человека
        [few] Да, сохранить и перевести { $n } человек
        [many] Да, сохранить и перевести { $n } человек
       *[other] Да, сохранить и перевести { $n } человека
    }
orgb-limits-no = Нет, вернуться к настройкам
orgb-no-limit = без ограничения
orgb-unpublish-title = Снятие конференции с публикации — { $title }
orgb-unpublish-heading = Снять «{ $title }» с публикации?
orgb-unpublish-intro = Пока Вы снова её не опубликуете, все, кроме организаторов, будут получать ответ «не найдено» для:
orgb-unpublish-pages = публичных страниц: страницы конференции, программы, каждой страницы заседания и формы регистрации;
orgb-unpublish-exports = выгрузок:
orgb-unpublish-feeds = календарных подписок участников и ссылок в уже отправленных письмах.
orgb-unpublish-kept = Регистрации, выбранные заседания и всё содержимое панели организатора сохраняются. Организаторы по-прежнему могут просматривать публичные страницы.
orgb-unpublish-yes = Да, снять с публикации
orgb-unpublish-no = Нет, оставить опубликованной

## Identity

orgb-identity = Оформление
orgb-identity-lead = Логотип, баннер и акцентный цвет, которые отображаются на публичных страницах, в письмах и в распечатанных списках участников.
orgb-field-accent = Акцентный цвет (необязательно)
orgb-field-accent-hint = Шесть шестнадцатеричных цифр, например #1b4f8f. Белый текст на этом цвете и этот цвет как цвет ссылок на странице должны давать контраст не менее 4,5:1.
orgb-field-contact = Контактная строка организаторов (необязательно)
orgb-field-contact-hint = Отображается внизу публичных страниц, например «Вопросы: events@example.org».
orgb-identity-save = Сохранить цвет и контакты
orgb-identity-current =
    { $field ->
        [logo] Текущий логотип
       *[banner] Текущий баннер
    }
orgb-identity-remove =
    { $field ->
        [logo] Удалить логотип
       *[banner] Удалить баннер
    }
orgb-identity-none =
    { $field ->
        [logo] Логотипа пока нет.
       *[banner] Баннера пока нет.
    }
orgb-identity-upload-label =
    { $field ->
        [logo] Загрузить новый логотип
       *[banner] Загрузить новый баннер
    }
orgb-identity-upload =
    { $field ->
        [logo] Загрузить логотип
       *[banner] Загрузить баннер
    }

## Video

orgb-video-title = Видео — { $title }
orgb-video-heading = Видеоплатформа
orgb-video-lead = Участники, модераторы и докладчики всегда пользуются собственной ссылкой Plenary для подключения; по нажатию Plenary направляет каждого на платформу с соответствующей ролью.
orgb-video-where = Где проходят заседания
orgb-field-bbb-url = Адрес сервера
orgb-field-bbb-url-hint = В том виде, в каком его выводит bbb-conf --secret, например https://bbb.example.org/bigbluebutton/
orgb-field-bbb-secret = Общий секрет
orgb-secret-saved-hint = Секрет сохранён. Оставьте поле пустым, чтобы сохранить его, или введите новый, чтобы заменить.
orgb-field-checksum = Контрольная сумма
orgb-checksum-sha256 = SHA-256 (BigBlueButton 2.5 и новее)
orgb-checksum-sha1 = SHA-1 (более старые серверы)
orgb-field-jitsi-domain = Домен
orgb-field-jitsi-domain-hint = Например, meet.example.org
orgb-field-jitsi-app-id = Идентификатор приложения
orgb-field-jitsi-app-id-hint = Издатель (iss), которого ожидает аутентификация сервера по токенам
orgb-field-jitsi-secret = Секрет приложения
orgb-video-save = Сохранить настройки видео
orgb-video-test = Проверить подключение
orgb-sessions = Заседания
orgb-no-sessions = Заседаний пока нет.
orgb-session-video-title = Параметры видео — { $title }
orgb-session-video-heading = Параметры видео для «{ $title }»
orgb-field-record = Записывать встречу (BigBlueButton)
orgb-field-stream = Адрес трансляции
orgb-field-stream-hint = Страница YouTube, PeerTube или Owncast либо адрес HLS: участники сверх лимита смотрят трансляцию
orgb-field-audience-cap = Максимальное число участников встречи
orgb-field-audience-cap-hint = BigBlueButton рекомендует не более 100 человек на встречу; ведущие подключаются всегда
orgb-back-to-video = Вернуться к настройкам видео

## Agenda and sessions

orgb-agenda-title = Программа — { $title }
orgb-agenda-heading = Программа
orgb-agenda-zone = Время в часовом поясе конференции: { $zone }.
orgb-add-session = Добавить заседание
orgb-agenda-empty = Заседаний пока нет. Добавьте заседание открытия, чтобы начать программу.
orgb-agenda-caption = Заседания: { $day }
orgb-col-time = Время
orgb-col-session = Заседание
orgb-col-people = Участники
orgb-col-actions = Действия
orgb-agenda-moderator = Модератор: { $names }
orgb-agenda-speakers = Докладчики: { $names }
orgb-conflict-title = Заседание изменено другим пользователем — { $title }
orgb-conflict-heading = Пока Вы редактировали это заседание, его изменил другой пользователь
orgb-conflict-lead = Ничего не перезаписано. Сравните две версии, затем оставьте сохранённую или запишите свою поверх неё.
orgb-conflict-theirs = Сохранённая версия
orgb-conflict-keep = Оставить сохранённую версию
orgb-conflict-yours = Ваша версия
orgb-conflict-save = Сохранить мою версию поверх
orgb-when = Когда
orgb-track = Секция
orgb-capacity = Вместимость
orgb-session-add-title = Добавление заседания — { $title }
orgb-session-edit-title = Изменение заседания — { $title }
orgb-edit-session = Изменить заседание
orgb-times-are-in = Время указано в поясе { $zone }.
orgb-moderators-and-speakers = Модераторы и докладчики
orgb-field-notify = Если время изменится, сообщить по почте участникам, выбравшим это заседание
orgb-picked-count =
    { $count ->
        [one] Это заседание выбрал { $n } участник.
        [few] Это заседание выбрали { $n } участника.
        [many] Это заседание выбрали { $n } участников.
       *[other] Это заседание выбрали { $n } участника.
    }
orgb-add-the-session = Добавить заседание
orgb-save-session = Сохранить заседание
orgb-field-kind = Тип
orgb-field-abstract = Аннотация
orgb-field-day = День
orgb-field-start = Начало
orgb-field-start-hint = В часовом поясе конференции.
orgb-field-end = Окончание
orgb-field-track = Секция или зал (необязательно)
orgb-field-track-hint = Выберите зал этой конференции или введите новый; регистр букв и пробелы не создают нового зала.
orgb-field-session-capacity-hint = Участники сверх неё попадают в лист ожидания заседания.
orgb-field-join-url = Закрытая ссылка для подключения (необязательно)
orgb-field-join-url-hint = Показывается только участникам с подтверждённой регистрацией незадолго до заседания.
orgb-reinstate-title = Восстановление заседания — { $title }
orgb-cancel-title = Отмена заседания — { $title }
orgb-reinstate-heading = Вернуть «{ $title }» в программу?
orgb-reinstate-text = Заседание снова отображается как проводимое, в том числе в календарных выгрузках и подписках.
orgb-cancel-heading = Отменить «{ $title }»?
orgb-cancel-text = Заседание остаётся в программе с пометкой об отмене; календарные выгрузки и подписки отмечают его как отменённое
orgb-cancel-text-2 = и подключиться к нему нельзя. Позже Вы сможете его восстановить. Чтобы полностью убрать его, Вы можете вместо этого
orgb-cancel-delete-link = удалить его.
orgb-cancel-mail = Они получат письмо с обновлённым календарным файлом.
orgb-nobody-picked = Это заседание пока никто не выбрал.
orgb-reinstate-yes = Да, восстановить заседание
orgb-cancel-yes = Да, отменить заседание
orgb-delete-title = Удаление заседания — { $title }
orgb-delete-heading = Удалить «{ $title }»?
orgb-delete-mail = Они получат письмо о том, что заседание не состоится.
orgb-delete-text = Его модераторы и докладчики будут сняты с заседания. Это действие необратимо.
orgb-delete-yes = Да, удалить заседание

## Messages from the code: roles, times, flash and validation messages

orgb-role-moderator = Модератор
orgb-role-speaker = Докладчик
orgb-role-moderator-and-speaker = Модератор и докладчик
orgb-role-organizer = Организатор
orgb-rel-ended = завершено
orgb-rel-running = идёт сейчас
orgb-rel-minutes =
    { $count ->
        [one] начнётся через { $n } минуту
        [few] начнётся через { $n } минуты
        [many] начнётся через { $n } минут
       *[other] начнётся через { $n } минуты
    }
orgb-rel-hours =
    { $count ->
        [one] начнётся через { $n } час
        [few] начнётся через { $n } часа
        [many] начнётся через { $n } часов
       *[other] начнётся через { $n } часа
    }
orgb-rel-hours-minutes = начнётся через { $hours } ч { $minutes } мин
orgb-rel-days =
    { $count ->
        [one] начнётся через { $n } день
        [few] начнётся через { $n } дня
        [many] начнётся через { $n } дней
       *[other] начнётся через { $n } дня
    }
orgb-date-at-time = { $date } в { $time }
orgb-my-slot = Вы выступаете { $position }-м из { $total }
orgb-my-slot-minutes = { $place }, { $minutes } мин
orgb-err-position-missing = Укажите очерёдность для участника { $name }
orgb-err-position-range = Укажите для участника { $name } очерёдность от 1 до { $max }
orgb-err-slot-range = Укажите для участника { $name } время от 1 до { $max } минут или оставьте поле пустым
orgb-err-position-taken = Очерёдность { $position } присвоена нескольким докладчикам: назначьте участнику { $name } отдельную очерёдность
orgb-flash-run-of-show-saved = Порядок выступлений сохранён.
orgb-flash-marked-present = { $name }: отмечено присутствие.
orgb-flash-marked-absent = { $name }: отмечено отсутствие.
orgb-flash-already-present = { $name }: присутствие уже было отмечено.
orgb-flash-already-absent = { $name }: отсутствие уже было отмечено.
orgb-flash-nothing-to-undo = Отменять нечего.
orgb-flash-undone-present = Действие отменено: { $name } снова отмечен(а) как присутствующий(ая).
orgb-flash-undone-absent = Действие отменено: { $name } снова отмечен(а) как отсутствующий(ая).
orgb-flash-not-undone = Действие не отменено: отметка присутствия участника { $name } за это время изменилась.
orgb-deleted-account = Удалённая учётная запись
orgb-flash-roster-moderators-only = Организаторы этой конференции предоставляют сведения об участниках только модераторам. Численность по странам приведена ниже.
orgb-warn-overlap = Пересекается с «{ $title }» в той же секции
orgb-warn-no-moderator = Модератор пока не назначен
orgb-flash-session-added = Заседание добавлено в программу.
orgb-flash-with-notes = { $message } Примечание: { $notes }.
orgb-flash-session-saved = Заседание сохранено.
orgb-flash-session-saved-notified =
    { $count ->
        [one] Заседание сохранено; { $n } участник получит уведомление о новом времени.
        [few] Заседание сохранено; { $n } участника получат уведомление о новом времени.
        [many] Заседание сохранено; { $n } участников получат уведомление о новом времени.
       *[other] Заседание сохранено; { $n } участника получат уведомление о новом времени.
    }
orgb-err-double-booked = В это время у некоторых людей уже есть другие заседания: { $clashes }. Сначала измените время или состав участников.
orgb-flash-session-deleted = Заседание удалено.
orgb-flash-session-deleted-notified =
    { $count ->
        [one] Заседание удалено; { $n } участник получит уведомление.
        [few] Заседание удалено; { $n } участника получат уведомление.
        [many] Заседание удалено; { $n } участников получат уведомление.
       *[other] Заседание удалено; { $n } участника получат уведомление.
    }
orgb-flash-session-cancelled = Заседание отменено.
orgb-flash-session-cancelled-notified =
    { $count ->
        [one] Заседание отменено; { $n } участник получит уведомление.
        [few] Заседание отменено; { $n } участника получат уведомление.
        [many] Заседание отменено; { $n } участников получат уведомление.
       *[other] Заседание отменено; { $n } участника получат уведомление.
    }
orgb-flash-session-reinstated = Заседание снова в программе.
orgb-flash-session-reinstated-notified =
    { $count ->
        [one] Заседание снова в программе; { $n } участник получит уведомление.
        [few] Заседание снова в программе; { $n } участника получат уведомление.
        [many] Заседание снова в программе; { $n } участников получат уведомление.
       *[other] Заседание снова в программе; { $n } участника получат уведомление.
    }
orgb-err-capacity-range = Вместимость должна быть целым числом от { $min } до { $max }
orgb-err-quota-range = Квота на страну должна быть целым числом от { $min } до { $max }
orgb-err-lead-range = Время появления ссылок для подключения должно быть целым числом от { $min } до { $max }
orgb-err-reminder-range = Время напоминания должно быть целым числом минут от { $min } до { $max }
orgb-err-first-day = Введите первый день в виде даты, например 2026-07-07
orgb-err-last-day = Введите последний день в виде даты, например 2026-07-07
orgb-err-date-time = Введите дату и время, например 2026-06-01 09:00
orgb-err-title = Введите название
orgb-err-slug = Используйте от 3 до 60 строчных латинских букв, цифр и дефисов, например ip-ai-2026
orgb-err-last-before-first = Последний день должен совпадать с первым или следовать за ним
orgb-err-too-long = Конференция может длиться не более 31 дня
orgb-err-close-before-open = Регистрация должна закрываться позже, чем открывается
orgb-err-quota-over-capacity = Квота на страну не может превышать вместимость
orgb-err-privacy = Введите уведомление о конфиденциальности, которое принимают участники
orgb-err-slug-taken = Этот веб-адрес уже используется другой конференцией; выберите другой
orgb-flash-conference-created = Конференция создана в виде черновика. Добавьте программу и организаторов, затем опубликуйте её.
orgb-flash-settings-saved = Настройки сохранены.
orgb-flash-settings-saved-promoted =
    { $count ->
        [one] Настройки сохранены; { $n } участник переведён из листа ожидания и получил письмо.
        [few] Настройки сохранены; { $n } участника переведены из листа ожидания и получили письма.
        [many] Настройки сохранены; { $n } участников переведены из листа ожидания и получили письма.
       *[other] Настройки сохранены; { $n } участника переведены из листа ожидания и получили письма.
    }
orgb-flash-published = Конференция опубликована: её могут видеть все, регистрация открыта.
orgb-flash-unpublished = Конференция снята с публикации: публичные страницы теперь отвечают «не найдено».
orgb-err-time = Введите время, например 14:30
orgb-err-kind = Выберите тип заседания
orgb-err-day-range = Выберите день конференции (с { $first } по { $last })
orgb-err-day = Выберите день
orgb-err-session-capacity = Вместимость должна быть целым числом от 1 до 100000 или не указываться
orgb-err-join-url = Введите полный адрес встречи, начинающийся с https://
orgb-logo = Логотип
orgb-banner = Баннер
orgb-flash-identity-saved = Цвет и контактная строка сохранены.
orgb-flash-picture-removed =
    { $field ->
        [logo] Логотип удалён.
       *[banner] Баннер удалён.
    }
orgb-flash-picture-saved =
    { $field ->
        [logo] Логотип сохранён.
       *[banner] Баннер сохранён.
    }
orgb-upload-hint = PNG или JPEG, не более { $kb } КБ. Изображение перекодируется в PNG, при этом удаляются метаданные, например сведения о местоположении.
orgb-err-picture-too-big = Изображение больше { $kb } КБ; выберите файл меньшего размера
orgb-err-web-address = Введите полный адрес, начинающийся с https://
orgb-err-platform = Выберите видеоплатформу
orgb-err-jitsi-domain-spaces = Введите домен без пробелов, например meet.example.org
orgb-err-bbb-url = Введите адрес сервера BigBlueButton
orgb-err-bbb-secret = Введите общий секрет сервера
orgb-err-jitsi-domain = Введите домен Jitsi
orgb-err-jitsi-app-id = Введите идентификатор приложения, который сервер ожидает в качестве издателя
orgb-err-jitsi-secret = Введите секрет приложения
orgb-video-recorded = с записью
orgb-video-not-recorded = без записи
orgb-video-stream-set = трансляция настроена
orgb-video-no-stream = без трансляции
orgb-video-audience-cap =
    { $count ->
        [one] не более { $n } участника
        [few] не более { $n } участников
        [many] не более { $n } участников
       *[other] не более { $n } участника
    }
orgb-flash-video-saved = Настройки видеоплатформы сохранены.
orgb-video-test-ok = BigBlueButton ответил на getMeetings: адрес и общий секрет действительны.
orgb-video-test-failed = Проверка не удалась: { $error }.
orgb-video-test-save-first = Сначала сохраните адрес и секрет сервера.
orgb-video-test-jitsi = У Jitsi нет API для проверки: токены проверяются сервером при подключении. Чтобы проверить, подключитесь к заседанию в качестве ведущего.
orgb-video-test-choose = Сначала выберите BigBlueButton или Jitsi.
orgb-err-audience-cap = Введите число участников от 1 до 100000
orgb-flash-session-video-saved = Параметры видео для заседания сохранены.
orgb-section-overview = Обзор
orgb-section-settings = Настройки
orgb-section-agenda = Программа
orgb-section-people = Люди
orgb-section-registrations = Регистрации
orgb-section-statistics = Статистика
orgb-section-announcements = Объявления
orgb-section-outbox = Исходящие письма
orgb-section-audit = Журнал аудита
orgb-section-video = Видео
orgb-status-pending = Ожидают подтверждения по почте
orgb-status-confirmed = Подтверждены
orgb-status-waitlisted = В листе ожидания
orgb-status-cancelled = Отменены
