# Материалы конференции на нескольких языках: языки материалов в настройках, редакторы
# переводов, язык выступлений и синхронный перевод на публичных страницах.

content-languages = Языки материалов
content-languages-hint = Языки, на которых Вы публикуете название, описание, уведомление о конфиденциальности и тексты заседаний. Язык по умолчанию всегда входит в их число.
content-edit-translations = Ввести тексты на каждом языке
content-title = Переводы
content-intro = Введите название, описание и уведомление о конфиденциальности конференции на каждом из её языков. Читатели видят текст на своём языке, если он переведён, а в противном случае — на языке по умолчанию.
content-choose-languages = Выбрать языки конференции в настройках
content-only-default = Эта конференция публикует материалы только на языке по умолчанию.
content-add-languages = Добавить языки
content-session-gaps = Некоторые заседания ещё не переведены:
content-to-agenda = Вернуться к программе
content-save = Сохранить переводы
content-default-language = Язык по умолчанию
content-default-hint = Текст на языке по умолчанию изменяется в форме настроек или в форме заседания.
content-empty = (пусто)
content-missing = Не переведено
content-missing-count = { $count ->
        [one] Не хватает { $n } текста
        [few] Не хватает { $n } текстов
        [many] Не хватает { $n } текстов
       *[other] Не хватает { $n } текста
    }
content-missing-titles = { $count ->
        [one] У { $n } заседания нет названия { $language }
        [few] У { $n } заседаний нет названия { $language }
        [many] У { $n } заседаний нет названия { $language }
       *[other] У { $n } заседания нет названия { $language }
    }
content-in-ar = на арабском языке
content-in-zh = на китайском языке
content-in-en = на английском языке
content-in-fr = на французском языке
content-in-ru = на русском языке
content-in-es = на испанском языке
content-field-title = Название
content-field-description = Описание
content-field-privacy = Уведомление о конфиденциальности
content-field-session-title = Название заседания
content-field-abstract = Аннотация
content-flash-saved = Переводы сохранены.
content-flash-session-saved = Языки и переводы заседания сохранены.
content-session-title = Языки и переводы заседания
content-session-link = Переводы
content-floor = Язык выступлений
content-floor-hint = Язык, на котором будет выступать большинство докладчиков в зале.
content-floor-unsaid = Не указан
content-interpretation = Синхронный перевод
content-interpretation-hint = Отметьте каждый язык, на который обеспечивается синхронный перевод заседания.
content-err-floor = Выберите один из перечисленных языков.
content-pub-floor = Язык выступлений:
content-pub-interpretation = Синхронный перевод:
content-filter-label = Заседания с переводом на
content-filter-any = Любой язык
content-filter-apply = Показать
content-filter-clear = Показать все заседания
content-filter-none = Ни на одном заседании не предусмотрен перевод на этот язык: { $language }.
