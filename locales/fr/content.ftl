# Contenu des conférences en plusieurs langues : langues du contenu dans les paramètres,
# éditeurs de traductions, langue de la salle et interprétation sur les pages publiques.

content-languages = Langues du contenu
content-languages-hint = Les langues dans lesquelles vous publiez le titre, la description, l’avis de confidentialité et les textes des séances. La langue par défaut en fait toujours partie.
content-edit-translations = Saisir les textes dans chaque langue
content-title = Traductions
content-intro = Saisissez le titre, la description et l’avis de confidentialité de la conférence dans chacune de ses langues. Les lecteurs voient leur langue lorsqu’un texte est traduit, et la langue par défaut dans le cas contraire.
content-choose-languages = Choisir les langues de la conférence dans les paramètres
content-only-default = Cette conférence publie son contenu uniquement dans sa langue par défaut.
content-add-languages = Ajouter des langues
content-session-gaps = Certaines séances ne sont pas encore traduites :
content-to-agenda = Retour au programme
content-save = Enregistrer les traductions
content-default-language = Langue par défaut
content-default-hint = Le texte dans la langue par défaut se modifie dans le formulaire des paramètres ou dans celui de la séance.
content-empty = (vide)
content-missing = Non traduit
content-missing-count = { $count ->
        [one] { $n } texte manquant
       *[other] { $n } textes manquants
    }
content-missing-titles = { $count ->
        [one] { $n } séance n’a pas de titre { $language }
       *[other] { $n } séances n’ont pas de titre { $language }
    }
content-in-ar = en arabe
content-in-zh = en chinois
content-in-en = en anglais
content-in-fr = en français
content-in-ru = en russe
content-in-es = en espagnol
content-field-title = Titre
content-field-description = Description
content-field-privacy = Avis de confidentialité
content-field-session-title = Titre de la séance
content-field-abstract = Résumé
content-flash-saved = Les traductions ont été enregistrées.
content-flash-session-saved = Les langues et les traductions de la séance ont été enregistrées.
content-session-title = Langues et traductions de la séance
content-session-link = Traductions
content-floor = Langue de la salle
content-floor-hint = La langue qu’utiliseront la plupart des intervenants dans la salle.
content-floor-unsaid = Non précisée
content-interpretation = Interprétation proposée
content-interpretation-hint = Cochez chaque langue vers laquelle la séance est interprétée.
content-err-floor = Veuillez choisir l’une des langues proposées.
content-pub-floor = Langue de la salle :
content-pub-interpretation = Interprétation :
content-filter-label = Séances avec interprétation vers
content-filter-any = Toutes les langues
content-filter-apply = Afficher
content-filter-clear = Afficher toutes les séances
content-filter-none = Aucune séance ne propose d’interprétation vers cette langue : { $language }.
