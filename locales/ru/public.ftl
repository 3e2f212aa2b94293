## Публичные страницы: список конференций, конференция, программа, заседание, выступающий, отказ от рассылки.

pub-home-title = Конференции
pub-home-upcoming = Предстоящие
pub-home-no-upcoming = Предстоящие конференции пока не опубликованы.
pub-home-past = Прошедшие
pub-home-no-past = Прошедших конференций нет.

pub-conf-online = онлайн · время указано по часовому поясу { $zone }
pub-conf-reach =
    { $registrants ->
        [one] { $rn } участник
        [few] { $rn } участника
        [many] { $rn } участников
       *[other] { $rn } участника
    } из { $countries ->
        [one] { $cn } страны
        [few] { $cn } стран
        [many] { $cn } стран
       *[other] { $cn } страны
    }
pub-conf-register = Зарегистрироваться
pub-conf-see-agenda =
    Программа ({ $sessions ->
        [one] { $sn } заседание
        [few] { $sn } заседания
        [many] { $sn } заседаний
       *[other] { $sn } заседания
    } за { $days ->
        [one] { $dn } день
        [few] { $dn } дня
        [many] { $dn } дней
       *[other] { $dn } дня
    })
pub-logo-alt = Логотип: { $title }
pub-draft-title = Черновик — его видят только организаторы.
pub-draft-text = Пока конференция не опубликована, посетители, экспорт и ленты получают ответ «не найдено».

pub-agenda = Программа
pub-see-agenda = Посмотреть программу
pub-back-to-agenda = Вернуться к программе
pub-feed-frab = программа (frab XML)
pub-feed-json = программа (c3voc JSON)
pub-feed-calendar = календарь
pub-zone-shown-in = Время указано по часовому поясу
pub-zone-conference-runs = (конференция проходит по времени { $zone })
pub-zone-show-in = Показывать время по часовому поясу
pub-zone-hint = Город, страна или название часового пояса: Токио, Индия, America/New_York.
pub-zone-change = Сменить часовой пояс
pub-zone-use-browser = Использовать мой часовой пояс ({ $zone })
pub-download = Скачать:
pub-download-calendar = Календарь (.ics)
pub-days = Дни
pub-agenda-empty = Программа ещё не опубликована.
pub-cancelled = Отменено
pub-moderator = Модератор:
pub-speakers = Выступающие:

pub-kind-opening = Открытие
pub-kind-keynote = Основной доклад
pub-kind-panel = Панельная дискуссия
pub-kind-talk = Доклад
pub-kind-workshop = Практикум
pub-kind-break = Перерыв
pub-kind-closing = Закрытие
pub-kind-other = Заседание
pub-role-moderator = Модератор
pub-role-speaker = Выступающий

pub-session-when = Когда (Ваше время, { $zone })
pub-session-conference-time = Время конференции ({ $zone })
pub-session-add-to-calendar = Добавить в календарь
pub-session-people = Участники заседания
pub-people-heading = Выступающие и модераторы
pub-person-photo-alt = Фотография: { $name }
pub-person-sessions = Заседания
pub-person-times-in = Время указано по часовому поясу { $zone }.

pub-unsub-title = Объявления
pub-unsub-done-heading = Вы отписались от рассылки
pub-unsub-done-lead = Вы больше не будете получать объявления конференции «{ $conference }».
pub-unsub-still = Письма о Вашей собственной регистрации — подтверждения, сброс пароля, изменения в выбранных Вами заседаниях — по-прежнему будут приходить.
pub-unsub-heading = Отказаться от объявлений?
pub-unsub-lead = Больше не присылать на этот адрес объявления организаторов конференции «{ $conference }».
pub-unsub-button = Отписаться от объявлений
