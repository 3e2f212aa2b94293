## Общий макет страниц.

skip-to-content = Перейти к основному содержанию
nav-account-label = Учётная запись
nav-my-sessions = Мои заседания
nav-my-conference = Моя конференция
nav-my-schedule = Моё расписание
nav-back-office = Управление
nav-sign-out = Выйти
nav-sign-in = Войти
footer-tagline = Plenary — открытая платформа для виртуальных конференций.
lang-switcher-label = Язык

## Количества ($count выбирает форму, $n показывает число с разделителями).

registrants-count =
    { $count ->
        [one] { $n } участник
        [few] { $n } участника
        [many] { $n } участников
       *[other] { $n } участника
    }
sessions-count =
    { $count ->
        [one] { $n } заседание
        [few] { $n } заседания
        [many] { $n } заседаний
       *[other] { $n } заседания
    }

## Forms shared by sign-up and the profile.

field-language = Язык
field-language-hint = Страницы и письма, которые мы Вам направляем, будут на этом языке.
field-language-invalid = Выберите один из предложенных языков.
field-default-language = Язык по умолчанию
field-default-language-hint = Для посетителей, браузер которых не запрашивает ни один из наших языков, и для писем участникам, не выбравшим язык.

## Video platforms (product names are not translated).

video-platform-none = Без видео
video-platform-link = Отдельная ссылка для каждого заседания
