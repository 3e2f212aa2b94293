## Раздел организатора, часть A: регистрации, статистика, участники, приглашения, исходящая почта,
## журнал аудита и объявления. Числа: $count выбирает форму, $n показывает число с разрядами.

org-error-prefix = Ошибка:
org-deleted-account = Удалённая учётная запись

## Статусы и роли.

org-status-pending = Ожидает подтверждения адреса электронной почты
org-status-confirmed = Подтверждена
org-status-waitlisted = В листе ожидания
org-status-cancelled = Отменена
org-enrollment-enrolled = Записан
org-enrollment-waitlisted = В листе ожидания заседания
org-role-organizer = организатор
org-role-moderator = модератор
org-role-speaker = докладчик

## Общие столбцы таблиц.

org-col-name = Имя
org-col-email = Электронная почта
org-col-organisation = Организация
org-col-session = Заседание
org-col-sessions = Заседания
org-col-when = Когда
org-col-place = Место
org-col-picked = Выбрано
org-col-attended = Присутствие
org-col-role = Роль

## Постраничная навигация.

org-pager-first = Первая
org-pager-prev = Предыдущая
org-pager-next = Следующая
org-pager-last = Последняя
org-pager-page = Страница { $page } из { $pages }

## Таблица регистраций.

org-reg-title = Регистрации
org-reg-title-lower = регистрации
org-reg-find = Поиск регистраций
org-reg-search = Поиск
org-reg-search-hint = Имя, адрес электронной почты или организация
org-reg-status = Статус
org-reg-country = Страна
org-reg-session = Записаны на заседание
org-reg-sort = Сортировать по
org-reg-order = Порядок
org-reg-apply = Применить
org-reg-clear = Сбросить фильтры
org-reg-any-status = Любой статус
org-reg-any-country = Любая страна
org-reg-any-session = Любое заседание
org-reg-sort-registered = Дате регистрации
org-reg-registered = Дата регистрации
org-reg-ascending = По возрастанию (А–Я, сначала старые)
org-reg-descending = По убыванию (Я–А, сначала новые)
org-reg-showing-none = Подходящих регистраций нет.
org-reg-showing =
    { $count ->
        [one] Показаны { $first }–{ $last } из { $n } регистрации.
       *[other] Показаны { $first }–{ $last } из { $n } регистраций.
    }
org-reg-download-csv =
    { $count ->
        [one] Скачать { $n } регистрацию в формате CSV
        [few] Скачать эти { $n } регистрации в формате CSV
       *[other] Скачать эти { $n } регистраций в формате CSV
    }
org-reg-caption = Регистрации, страница { $page } из { $pages }
org-reg-select = Выбрать
org-reg-select-person = Выбрать: { $name }
org-reg-pages = Страницы регистраций

## Групповые действия с регистрациями.

org-bulk-legend = Групповое действие
org-bulk-action = Действие
org-bulk-confirm = Подтвердить
org-bulk-promote = Перевести из листа ожидания
org-bulk-resend = Повторно отправить ссылку для подтверждения
org-bulk-cancel = Отменить
org-bulk-scope-selected = Отмеченные регистрации
org-bulk-scope-filtered =
    { $count ->
        [one] { $n } регистрация, подходящая под фильтры
        [few] Все { $n } регистрации, подходящие под фильтры
       *[other] Все { $n } регистраций, подходящих под фильтры
    }
org-bulk-continue = Продолжить…
org-bulk-hint = На следующей странице будет указано, к скольким регистрациям применяется действие, прежде чем что-либо изменится.
org-bulk-confirm-title = Подтверждение группового действия
org-bulk-heading-confirm =
    { $count ->
        [one] Подтвердить { $n } регистрацию?
        [few] Подтвердить { $n } регистрации?
       *[other] Подтвердить { $n } регистраций?
    }
org-bulk-heading-promote =
    { $count ->
        [one] Перевести { $n } регистрацию из листа ожидания?
        [few] Перевести { $n } регистрации из листа ожидания?
       *[other] Перевести { $n } регистраций из листа ожидания?
    }
org-bulk-heading-resend =
    { $count ->
        [one] Повторно отправить ссылку для подтверждения по { $n } регистрации?
       *[other] Повторно отправить ссылку для подтверждения по { $n } регистрациям?
    }
org-bulk-heading-cancel =
    { $count ->
        [one] Отменить { $n } регистрацию?
        [few] Отменить { $n } регистрации?
       *[other] Отменить { $n } регистраций?
    }
org-bulk-yes-confirm = Да, подтвердить ({ $n })
org-bulk-yes-promote = Да, перевести ({ $n })
org-bulk-yes-resend = Да, отправить ({ $n })
org-bulk-yes-cancel = Да, отменить ({ $n })
org-bulk-no = Нет, вернуться к регистрациям
org-bulk-summary-filtered =
    { $count ->
        [one] Под фильтры подходит { $n } регистрация; действие применяется к { $applicable } из них.
        [few] Под фильтры подходят { $n } регистрации; действие применяется к { $applicable } из них.
       *[other] Под фильтры подходит { $n } регистраций; действие применяется к { $applicable } из них.
    }
org-bulk-summary-ticked =
    { $count ->
        [one] Отмечена { $n } регистрация; действие применяется к { $applicable } из них.
        [few] Отмечены { $n } регистрации; действие применяется к { $applicable } из них.
       *[other] Отмечено { $n } регистраций; действие применяется к { $applicable } из них.
    }
org-bulk-summary-skipped =
    { $count ->
        [one] Остальная { $n } пропускается: её статус этого не допускает.
        [few] Остальные { $n } пропускаются: их статус этого не допускает.
       *[other] Остальные { $n } пропускаются: их статус этого не допускает.
    }
org-bulk-summary-audit = Каждому участнику отправляется письмо, и каждое действие записывается в журнал аудита, как если бы они выполнялись по одному.
org-bulk-name-confirm = Подтверждение
org-bulk-name-promote = Перевод из листа ожидания
org-bulk-name-resend = Повторная отправка ссылки для подтверждения
org-bulk-name-cancel = Отмена
org-bulk-done =
    { $count ->
        [one] Обработана { $n } регистрация.
        [few] Обработаны { $n } регистрации.
       *[other] Обработано { $n } регистраций.
    }
org-bulk-done-skipped =
    { $count ->
        [one] { $n } пропущена (её статус этого не допускает).
       *[other] { $n } пропущено (их статус этого не допускает).
    }
org-bulk-done-line = { $action }: { $done }
org-bulk-flash-no-action = Выберите действие для регистраций.
org-bulk-flash-no-match = Под фильтры не подходит ни одна регистрация.
org-bulk-flash-none-ticked = Отметьте хотя бы одну регистрацию или выберите «все, подходящие под фильтры».

## Одна регистрация.

org-reg-all = Все регистрации
org-reg-waitlist-position = № { $n } в листе ожидания
org-reg-person = Участник
org-reg-not-verified = не подтверждён
org-reg-none-given = не указана
org-reg-time-zone = Часовой пояс
org-reg-email-verified = Адрес подтверждён
org-reg-deleted-note = Этот участник удалил свою учётную запись. Регистрация сохранена без имени и адреса для подсчётов по странам и статусам.
org-reg-history = История статуса
org-reg-last-change = Последнее изменение
org-reg-picks = Выбранные заседания
org-reg-no-picks = Заседания не выбраны.
org-reg-attended =
    { $count ->
        [one] Присутствовал(а) на { $attended } из { $n } выбранного заседания.
       *[other] Присутствовал(а) на { $attended } из { $n } выбранных заседаний.
    }
org-reg-picks-caption = Заседания, выбранные участником { $name }
org-reg-not-attended = нет
org-reg-actions = Действия
org-reg-promote-hint = Оба действия предоставляют место, даже если конференция заполнена. «Подтвердить вручную» отправляет обычное подтверждение; «Перевести» также сообщает участнику, что для него освободилось место.
org-reg-cancelled-note = Для отменённой регистрации действия недоступны; участник может зарегистрироваться снова, пока регистрация открыта.
org-reg-action-resend = Повторно отправить ссылку для подтверждения
org-reg-action-confirm = Подтвердить вручную
org-reg-action-promote = Перевести из листа ожидания
org-reg-action-cancel = Отменить эту регистрацию
org-reg-flash-not-applicable =
    Ничего не изменилось: регистрация { $status ->
        [pending] ожидает подтверждения адреса электронной почты
        [confirmed] подтверждена
        [waitlisted] находится в листе ожидания
       *[cancelled] отменена
    }.
org-reg-flash-nobody = Ничего не изменилось: эта учётная запись удалена, писать некому.
org-reg-flash-resent = Новая ссылка для подтверждения отправлена на адрес { $email }.
org-reg-flash-confirmed = Регистрация участника { $name } подтверждена, подтверждение отправлено.
org-reg-flash-cancelled = Регистрация отменена; её места переданы листам ожидания.

## Статистика.

org-stats-title = Статистика
org-stats-reach =
    { $count ->
        [one] { $n } участник
        [few] { $n } участника
       *[other] { $n } участников
    } из { $country_count ->
        [one] { $countries } страны
       *[other] { $countries } стран
    } (подтверждённые регистрации).
org-stats-by-status = Регистрации по статусам
org-stats-all = Всего
org-stats-by-country = Подтверждённые регистрации по странам
org-stats-none-confirmed = Подтверждённых регистраций пока нет.
org-stats-bars-caption =
    { $count ->
        [one] { $n } страна с наибольшим числом подтверждённых участников; столбцы в едином масштабе.
        [few] { $n } страны с наибольшим числом подтверждённых участников; столбцы в едином масштабе.
       *[other] { $n } стран с наибольшим числом подтверждённых участников; столбцы в едином масштабе.
    }
org-stats-others =
    { $count ->
        [one] Другие страны ({ $countries }): всего { $n } участник, вне этого масштаба.
        [few] Другие страны ({ $countries }): всего { $n } участника, вне этого масштаба.
       *[other] Другие страны ({ $countries }): всего { $n } участников, вне этого масштаба.
    }
org-stats-country-caption =
    { $count ->
        [one] Подтверждённые регистрации в { $n } стране
       *[other] Подтверждённые регистрации в каждой из { $n } стран
    }
org-stats-registrants = Участники
org-stats-share = Доля (%)
org-stats-by-region = Подтверждённые регистрации по регионам
org-stats-region-caption = Подтверждённые регистрации по регионам ООН (M49)
org-stats-region = Регион
org-stats-m49 = Код M49
org-stats-other-region = Другой или неизвестный
org-stats-over-time = Регистрации во времени
org-stats-per-day = Регистрации по дням
org-stats-day-chart-desc = Линия с одной точкой на каждый день с { $first } по { $last } (UTC); в самый активный день было { $peak } регистраций. В таблице ниже перечислены все дни с регистрациями.
org-stats-day-chart-caption = Регистрации по дням, с { $first } по { $last } (UTC); максимум: { $peak }.
org-stats-no-signups = Регистраций пока нет.
org-stats-per-day-table = Регистрации по дням в виде таблицы
org-stats-per-day-caption = Регистрации по дням (UTC), с любым статусом
org-stats-day = День
org-stats-signups = Регистрации
org-stats-video = Присутствие на видеовстречах
org-stats-video-caption = Участники, которых видеоплатформа зафиксировала на встрече, по странам
org-stats-present = Присутствовали
org-stats-attendance = Присутствие по заседаниям
org-stats-no-sessions = Заседаний пока нет.
org-stats-attendance-caption = Выбранные места и присутствовавшие (подключившиеся или отмеченные) по заседаниям

## Участники и приглашения.

org-people-title = Участники
org-people-organizers = Организаторы
org-people-no-organizers = Организаторов пока нет: пригласите первого ниже.
org-people-invite-organizer = Пригласить соорганизатора по электронной почте
org-people-invite-hint = Приглашённый получит ссылку и появится здесь, как только примет приглашение.
org-people-send-invitation = Отправить приглашение
org-people-organizer-invitations = Приглашения организаторам, ожидающие ответа
org-people-session-people = Модераторы и докладчики
org-people-none = Модераторов и докладчиков пока нет. Пригласите их со страницы каждого заседания в программе.
org-people-none-link = Открыть программу
org-people-everyone = Все, у кого есть роль в заседании
org-people-session-invitations = Приглашения на заседания, ожидающие ответа
org-people-role-of =
    { $role ->
        [moderator] модератор
       *[speaker] докладчик
    } заседания «{ $title }»
org-people-role-line =
    { $role ->
        [moderator] Модератор
       *[speaker] Докладчик
    } заседания «{ $title }» ({ $when })
org-people-choose-role = Выберите: модератор или докладчик
org-people-cannot-invite = Пригласить невозможно: { $clashes }.
org-people-has-role = У этого человека уже есть эта роль
org-people-already-invited = Приглашение на эту роль уже ожидает ответа: отправьте его повторно из списка
org-people-flash-sent = Приглашение отправлено на адрес { $email }. Приглашённый появится здесь, как только примет его.
org-people-flash-removed = Участник больше не назначен на это заседание.
org-people-flash-resent = Приглашение повторно отправлено на адрес { $email }. Прежняя ссылка больше не действует.
org-people-flash-withdrawn = Приглашение для { $email } отозвано. Его ссылка больше не действует.
org-inv-expired = Истекло
org-inv-waiting = Ожидает ответа
org-inv-resend = Отправить повторно
org-inv-resend-hidden = приглашение для { $email } ({ $what })
org-inv-withdraw = Отозвать
org-inv-withdraw-hidden = приглашение для { $email } ({ $what })
org-profile-heading = Профиль: { $name }

## Участники одного заседания.

org-sp-title = Участники заседания «{ $title }»
org-sp-edit = Изменить заседание
org-sp-nobody = Пока никто не принял роль. Каждому заседанию нужен модератор.
org-sp-caption = Участники этого заседания
org-sp-remove = Снять
org-sp-remove-hidden = { $name } ({ $role })
org-sp-profile = Профиль
org-sp-profile-hidden = участника { $name }
org-sp-invitations = Приглашения, ожидающие ответа
org-sp-invitations-caption = Приглашения на это заседание, ожидающие ответа
org-sp-invite = Пригласить
org-sp-email = Адрес электронной почты
org-sp-moderator = Модератор
org-sp-speaker = Докладчик

## Страница приглашения (для приглашённого).

org-invite-title = Ваше приглашение
org-invite-invalid-title = Приглашение недействительно
org-invite-invalid-heading = Это приглашение больше не действует
org-invite-invalid-text = Приглашение можно использовать один раз в течение 14 дней, если организаторы его не отзовут. Попросите организаторов прислать новое.
org-invite-lead-organizer = Организаторы конференции «{ $conference }» приглашают { $email } войти в число организаторов.
org-invite-lead-session =
    Организаторы конференции «{ $conference }» приглашают { $email } стать { $role ->
        [moderator] модератором
       *[speaker] докладчиком
    } заседания «{ $title }».
org-invite-flash-organizer = Теперь Вы — организатор конференции «{ $conference }».
org-invite-flash-session =
    Теперь Вы — { $role ->
        [moderator] модератор
       *[speaker] докладчик
    } заседания «{ $title }» конференции «{ $conference }».
org-invite-accept-note = Если Вы примете приглашение, Ваше имя и организация появятся с этой ролью на страницах конференции.
org-invite-accept = Принять приглашение
org-invite-other-account = Вы вошли как { $current }, но это приглашение адресовано { $email }. Принять его может только эта учётная запись.
org-invite-sign-out = Выйдите из системы и снова откройте ссылку из письма.
org-invite-has-account = Для адреса { $email } есть учётная запись. Войдите, чтобы принять приглашение.
org-invite-sign-in = Войти и принять
org-invite-forgotten = Забыли пароль?
org-invite-reset = Сбросьте его
org-invite-reset-after = , затем снова откройте ссылку из письма.
org-invite-new-account = Укажите своё имя, страну и пароль, чтобы создать учётную запись и принять приглашение.
org-invite-name = Ваше имя
org-invite-name-hint = Так, как оно должно отображаться на страницах конференции.
org-invite-password = Придумайте пароль
org-invite-password-hint = От 10 до 128 символов.
org-invite-create = Принять и создать учётную запись
org-invite-double-booked = Вы не можете принять приглашение: { $clashes }. Попросите организаторов изменить время или сначала покиньте другое заседание.

## Исходящая почта.

org-outbox-title = Исходящая почта
org-outbox-queued = в очереди
org-outbox-delivered = доставлено
org-outbox-failed = не доставлено
org-outbox-backlog =
    { $count ->
        [one] { $n } письмо ожидает отправки.
        [few] { $n } письма ожидают отправки.
       *[other] { $n } писем ожидают отправки.
    }
org-outbox-oldest = Самое давнее ожидает с { $since }.
org-outbox-last-error-label = Последняя ошибка:
org-outbox-lookup = Найти получателя
org-outbox-lookup-hint = Получил ли человек письмо? Введите его адрес электронной почты или часть адреса.
org-outbox-lookup-button = Найти
org-outbox-lookup-none = Ни одно письмо этой конференции не отправлялось на адрес, содержащий «{ $to }».
org-outbox-lookup-caption = Письма на адреса, содержащие «{ $to }», сначала новые
org-outbox-first-n = (первые { $n })
org-outbox-recipient = Получатель
org-outbox-subject = Тема
org-outbox-state = Состояние
org-outbox-attempts = Попытки
org-outbox-last-error = Последняя ошибка
org-outbox-queued-at = Поставлено в очередь
org-outbox-delivered-or-next = Доставлено или следующая попытка
org-outbox-next-attempt = Следующая попытка
org-outbox-next-at = следующая попытка { $when }
org-outbox-gave-up = нет (попытки прекращены)
org-outbox-state-delivered = Доставлено
org-outbox-state-waiting = Ожидает
org-outbox-state-retrying = Повторная попытка
org-outbox-state-failed = Не доставлено
org-outbox-all-well = Недоставленных писем и писем, ожидающих повторной попытки, нет. Всё, что отправила конференция, доставлено или в пути.
org-outbox-retry-all = Повторить отправку всех недоставленных и ожидающих писем сейчас
org-outbox-troubled-caption = Письма, которые не удалось доставить или которые ожидают повторной попытки
org-outbox-retry = Повторить
org-outbox-retry-hidden = отправку письма на адрес { $to }
org-outbox-flash-nothing = Повторять нечего.
org-outbox-flash-retried =
    { $count ->
        [one] { $n } письмо снова в очереди и будет отправлено в ближайшее время.
        [few] { $n } письма снова в очереди и будут отправлены в ближайшее время.
       *[other] { $n } писем снова в очереди и будут отправлены в ближайшее время.
    }

## Журнал аудита.

org-audit-title = Журнал аудита
org-audit-show = Показать
org-audit-filter = Отфильтровать
org-audit-all = Все изменения
org-audit-conference = Настройки конференции
org-audit-sessions = Заседания
org-audit-check-ins = Отметки присутствия
org-audit-empty = Изменений пока не записано.
org-audit-empty-kind = Изменений этого вида пока не записано.
org-audit-caption = Сначала новые; время — { $zone }
org-audit-who = Кто
org-audit-what = Что
org-audit-before = До
org-audit-after = После

## Объявления.

org-ann-title = Объявления
org-ann-title-lower = объявления
org-ann-write = Написать объявление
org-ann-none = Объявления ещё не отправлялись.
org-ann-caption = Отправленные объявления, сначала новые
org-ann-sent = Отправлено
org-ann-queued = В очереди
org-ann-delivered = Доставлено
org-ann-failed = Не доставлено
org-ann-recipients = Получатели
org-ann-new-title = Новое объявление
org-ann-send-to = Кому
org-ann-send-to-hint = Отменённые регистрации и удалённые учётные записи никогда не получают объявлений.
org-ann-message = Сообщение
org-ann-send-at = Время отправки (необязательно)
org-ann-preview = Предварительный просмотр
org-ann-group-registrants = Зарегистрированные участники
org-ann-group-session = Записанные на одно заседание
org-ann-audience-confirmed = Все подтверждённые участники
org-ann-audience-waitlisted = Все в листе ожидания
org-ann-audience-staff = Модераторы и докладчики конференции
org-ann-audience-session = { $title } (записанные)
org-ann-audience-option =
    { $count ->
        [one] { $label } ({ $n } человек)
        [few] { $label } ({ $n } человека)
       *[other] { $label } ({ $n } человек)
    }
org-ann-audience-empty = В этой аудитории пока никого нет: выберите другую
org-ann-subject-hint = До { $max } символов. Получатели увидят её так: «{ $example }».
org-ann-body-hint = Каждое письмо начинается с «{ $greeting }» и заканчивается подписью организаторов и ссылкой для отказа от рассылки, поэтому не пишите приветствие. Markdown: **полужирный**, *курсив*, [ссылки](https://example.org), списки. До { $max } символов. На следующем шаге будет видно, что именно получат адресаты.
org-ann-send-at-hint = В часовом поясе конференции ({ $zone }). Оставьте пустым, чтобы отправить сразу после подтверждения.
org-ann-greeting-preview = Уважаемый(ая) (имя получателя)!
org-ann-preview-title = Предварительный просмотр: { $subject }
org-ann-check = Проверьте объявление
org-ann-test-sent = Тестовая копия отправлена на адрес { $email }. Больше никто ничего не получил.
org-ann-lead =
    { $count ->
        [one] Оно будет отправлено { $n } получателю: { $audience }.
       *[other] Оно будет отправлено { $n } получателям: { $audience }.
    }
org-ann-lead-scheduled =
    { $count ->
        [one] Оно будет отправлено { $n } получателю: { $audience }, { $when }.
       *[other] Оно будет отправлено { $n } получателям: { $audience }, { $when }.
    }
org-ann-to-confirmed = все подтверждённые участники
org-ann-to-waitlisted = все в листе ожидания
org-ann-to-staff = модераторы и докладчики
org-ann-to-session = все записанные на «{ $title }»
org-ann-to-a-session = все записанные на заседание
org-ann-send-button =
    { $count ->
        [one] Отправить { $n } получателю
       *[other] Отправить { $n } получателям
    }
org-ann-schedule-button =
    { $count ->
        [one] Запланировать для { $n } получателя
       *[other] Запланировать для { $n } получателей
    }
org-ann-test-button = Отправить тест мне
org-ann-change-button = Изменить
org-ann-flash-sent =
    { $count ->
        [one] Ваше объявление отправляется { $n } получателю.
       *[other] Ваше объявление отправляется { $n } получателям.
    }
org-ann-flash-scheduled =
    { $count ->
        [one] Ваше объявление для { $n } получателя будет отправлено { $when }.
       *[other] Ваше объявление для { $n } получателей будет отправлено { $when }.
    }
org-ann-all = Все объявления
org-ann-delivery = Доставка этого объявления
org-ann-all-handed = Все письма переданы.
org-ann-delivering = Письма доставляются; на этой странице показано состояние на момент её загрузки.
org-ann-live = Письма доставляются; эти числа обновляются сами.
org-ann-reload = Обновить, чтобы увидеть последние данные
org-ann-see-failed = Посмотреть недоставленные письма и повторить отправку
