## Дополнительные вопросы при регистрации (задача 18, пункт 2).

## Типы вопросов.
qst-kind-short-text = Короткий текст
qst-kind-long-text = Длинный текст
qst-kind-single-choice = Один вариант
qst-kind-multiple-choice = Несколько вариантов
qst-kind-checkbox = Флажок
qst-kind-country = Страна
qst-kind-date = Дата
qst-kind-organisation = Организация или делегация

## Ответы в формах участников.
qst-answer-required = Ответьте, пожалуйста, на этот вопрос.
qst-answer-choose-required = Выберите ответ.
qst-answer-tick-required = Отметьте этот флажок, чтобы продолжить.
qst-answer-choice-invalid = Выберите один из предложенных ответов.
qst-answer-date-invalid = Введите существующую дату, например 2026-12-03.
qst-answer-yes = Да
qst-optional-note = (необязательно)
qst-only-for = Задаётся только категориям: { $categories }.

## Моя конференция.
qst-me-heading = Ваши ответы на вопросы организаторов
qst-me-lead = Вы можете изменить свои ответы в любое время до начала конференции.
qst-me-none = У организаторов нет к Вам вопросов.
qst-me-nothing-yet = Вы ещё не ответили ни на один вопрос.
qst-me-change = Изменить ответы
qst-me-save = Сохранить ответы
qst-me-saved = Ваши ответы сохранены.
qst-me-saved-reapproval = Ваши ответы сохранены. Поскольку они изменились, Ваша регистрация вновь ожидает одобрения организаторов.
qst-cancel = Отмена
qst-back = Вернуться к вопросам

## Управление: список.
qst-nav = Вопросы
qst-heading = Вопросы при регистрации
qst-lead = Вопросы формы регистрации в этом порядке. Вопрос можно задать всем или только некоторым категориям участников.
qst-new = Новый вопрос
qst-none = Вопросов пока нет.
qst-none-hint = Добавьте вопрос, чтобы узнать у участников, например, их обращение, делегацию или нужный язык устного перевода.
qst-col-question = Вопрос
qst-col-kind = Тип
qst-col-asked-of = Кому задаётся
qst-col-required = Обязательный
qst-col-moderators = Видят модераторы
qst-col-answers = Ответы
qst-col-actions = Действия
qst-asked-of-everyone = Всем
qst-archived-badge = В архиве
qst-move-up = Выше
qst-move-down = Ниже
qst-move-up-label = Переместить «{ $label }» выше
qst-move-down-label = Переместить «{ $label }» ниже
qst-archive = В архив
qst-restore = Восстановить
qst-delete = Удалить
qst-archive-explained = Вопрос в архиве больше не задаётся; уже данные ответы остаются в заявках, их таблице и файле CSV.
qst-flash-created = Вопрос «{ $label }» добавлен.
qst-flash-saved = Вопрос «{ $label }» сохранён.
qst-flash-archived = Вопрос «{ $label }» перемещён в архив: он больше не задаётся.
qst-flash-restored = Вопрос «{ $label }» восстановлен: он снова задаётся.
qst-flash-deleted = Вопрос «{ $label }» удалён.

## Управление: удаление.
qst-delete-heading = Удалить этот вопрос?
qst-delete-warning = На этот вопрос ещё никто не ответил. Удаление нельзя отменить.
qst-delete-confirm = Да, удалить вопрос
qst-archive-instead = Переместить в архив
qst-delete-refused =
    { $count ->
        [one] Этот вопрос нельзя удалить: на него ответил { $n } участник. Вместо этого переместите его в архив; ответ сохранится.
        [few] Этот вопрос нельзя удалить: на него ответили { $n } участника. Вместо этого переместите его в архив; ответы сохранятся.
        [many] Этот вопрос нельзя удалить: на него ответили { $n } участников. Вместо этого переместите его в архив; ответы сохранятся.
       *[other] Этот вопрос нельзя удалить: на него ответили { $n } участника. Вместо этого переместите его в архив; ответы сохранятся.
    }

## Управление: форма.
qst-edit-heading = Изменить вопрос
qst-field-label = Вопрос
qst-field-label-hint = Так, как его прочтут участники, например «Какой язык устного перевода Вам нужен?»
qst-field-help = Пояснение
qst-field-help-hint = Показывается под вопросом. Необязательно.
qst-field-kind = Тип ответа
qst-kind-fixed = Тип ответа нельзя изменить после создания вопроса. Вместо этого переместите вопрос в архив и добавьте новый.
qst-field-choices = Варианты
qst-field-choices-new-hint = Только для вопросов с одним или несколькими вариантами.
qst-field-choice = Вариант { $n }
qst-field-choice-archived = В архиве (больше не предлагается)
qst-choices-keep-answers = Если переименовать вариант или переместить его в архив, уже данные ответы останутся без изменений.
qst-field-new-choices = Новые варианты
qst-field-new-choices-hint = По одному варианту в строке.
qst-field-required = Участники должны ответить
qst-field-required-hint = Флажок в этом случае должен быть отмечен.
qst-field-moderators = Видят модераторы
qst-field-moderators-hint = Модераторы видят ответы в списке участников своих заседаний, например потребности в доступности.
qst-field-categories = Кому задаётся
qst-field-categories-hint = Не отмечайте ничего, чтобы задать вопрос всем.
qst-save = Сохранить вопрос
qst-kind-missing = Выберите тип ответа.
qst-label-missing = Введите вопрос.
qst-choice-label-missing = Введите вариант или переместите его в архив.
qst-choices-missing = Введите хотя бы один вариант.
qst-choices-duplicate = Варианты не должны повторяться.

## Ответы в управлении и в списке участников заседания.
qst-detail-heading = Ответы на вопросы
qst-detail-archived = (вопрос в архиве)
qst-filter-any = Любой ответ
qst-roster-answers = Ответы
qst-choice-archived-note = (в архиве)
