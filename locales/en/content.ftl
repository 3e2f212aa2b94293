# Conference content in several languages: the settings form's content languages,
# the translation editors, and the floor and interpretation languages on public pages.

content-languages = Content languages
content-languages-hint = The languages in which you publish the title, description, privacy notice and session texts. The default language is always one of them.
content-edit-translations = Enter the texts in each language
content-title = Translations
content-intro = Enter the conference’s title, description and privacy notice in each of its languages. Readers see their own language where a text is translated, and the default language otherwise.
content-choose-languages = Choose the conference’s languages in the settings
content-only-default = This conference publishes its content in its default language only.
content-add-languages = Add languages
content-session-gaps = Some sessions are not translated yet:
content-to-agenda = Back to the agenda
content-save = Save translations
content-default-language = Default language
content-default-hint = The default language’s text is edited on the settings form or on the session form.
content-empty = (empty)
content-missing = Not translated
content-missing-count = { $count ->
        [one] { $n } text missing
       *[other] { $n } texts missing
    }
content-missing-titles = { $count ->
        [one] { $n } session lacks a title { $language }
       *[other] { $n } sessions lack a title { $language }
    }
content-in-ar = in Arabic
content-in-zh = in Chinese
content-in-en = in English
content-in-fr = in French
content-in-ru = in Russian
content-in-es = in Spanish
content-field-title = Title
content-field-description = Description
content-field-privacy = Privacy notice
content-field-session-title = Session title
content-field-abstract = Abstract
content-flash-saved = The translations have been saved.
content-flash-session-saved = The session’s languages and translations have been saved.
content-session-title = Session languages and translations
content-session-link = Translations
content-floor = Floor language
content-floor-hint = The language most speakers will use in the room.
content-floor-unsaid = Not specified
content-interpretation = Interpretation offered
content-interpretation-hint = Tick each language into which the session is interpreted.
content-err-floor = Choose one of the languages listed.
content-pub-floor = Floor:
content-pub-interpretation = Interpretation:
content-filter-label = Sessions with interpretation into
content-filter-any = Any language
content-filter-apply = Show
content-filter-clear = Show all sessions
content-filter-none = No session offers interpretation into this language: { $language }.
