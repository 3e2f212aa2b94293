# Liste des participants et conservation des données (issue 18, points 5 et 6).
part-page-title = Liste des participants
part-count-participants =
    { $count ->
        [one] { $n } participant
       *[other] { $n } participants
    }
part-count-countries =
    { $count ->
        [one] { $n } pays
       *[other] { $n } pays
    }
part-consent-note = Seuls figurent sur cette liste les participants qui ont accepté d’y apparaître.
part-download-csv = Télécharger au format CSV
part-print-view = Version imprimable
part-empty = Aucun participant ne figure encore sur la liste.
part-no-organisation = Organisation ou délégation non indiquée
part-col-country = Pays
part-col-country-code = Code du pays
part-col-organisation = Organisation ou délégation
part-col-name = Nom
part-col-email = Adresse électronique
part-col-status = Statut de l’inscription
part-col-consent = Accepte de figurer sur la liste
part-yes = Oui
part-no = Non
part-anonymised = Anonymisé
part-consent-label = Faire figurer mon nom, mon organisation et mon pays sur la liste publique des participants
part-consent-hint = Les organisateurs peuvent publier une liste des participants. Vous pouvez modifier votre choix à tout moment dans « Ma conférence ».
part-me-heading = Liste des participants
part-me-listed = Votre nom, votre organisation et votre pays figurent sur la liste des participants lorsque les organisateurs la publient.
part-me-not-listed = Vous ne figurez pas sur la liste des participants.
part-me-save = Enregistrer mon choix
part-me-flash-listed = Vous figurerez sur la liste des participants.
part-me-flash-not-listed = Vous ne figurez plus sur la liste des participants.
part-nav-link = Liste des participants
part-org-title = Liste des participants
part-org-intro = Une fois publiée, la page publique présente les participants confirmés qui ont accepté d’y figurer, regroupés par pays puis par organisation ou délégation.
part-org-enable = Publier la liste des participants
part-org-enable-hint = Seuls les participants qui ont donné leur consentement y figurent. Ils peuvent le retirer à tout moment.
part-org-save = Enregistrer
part-org-public-link = Ouvrir la liste publique des participants
part-org-unpublished = La liste sera visible dès que la conférence sera publiée.
part-org-internal-link = Liste interne complète
part-org-internal-csv = Télécharger la liste interne complète (CSV)
part-org-preview = Aperçu de la liste publique
part-org-confirmed =
    { $count ->
        [one] { $n } inscription confirmée au total
       *[other] { $n } inscriptions confirmées au total
    }
part-flash-list-on = La liste des participants est publiée.
part-flash-list-off = La liste des participants n’est plus publiée.
part-org-internal-title = Liste interne complète des participants
part-org-internal-intro = Toutes les inscriptions, quel que soit leur statut et que la personne ait accepté ou non de figurer sur la liste. Réservée à l’usage des organisateurs.
part-org-internal-empty = Il n’y a encore aucune inscription.
part-ret-title = Conservation des données
part-ret-intro = À l’issue de la période de conservation, qui court à partir du dernier jour de la conférence, les inscriptions sont anonymisées : les noms, les adresses électroniques et les réponses libres sont supprimés ; les pays, les statuts et les effectifs sont conservés pour les statistiques. Les organisateurs en sont avertis par courriel une semaine auparavant.
part-ret-kept = Aucune période de conservation n’est définie : les inscriptions sont conservées.
part-ret-due = Les inscriptions seront anonymisées le { $date }.
part-ret-warned = Les organisateurs ont été avertis par courriel.
part-ret-will-warn = Les organisateurs seront avertis par courriel une semaine auparavant.
part-ret-done-on = Les inscriptions ont été anonymisées le { $date }.
part-ret-months-label = Période de conservation en mois
part-ret-months-hint = Un nombre entier de 1 à { $max }. Laissez le champ vide pour conserver les inscriptions.
part-ret-months-invalid = Indiquez un nombre entier de mois compris entre 1 et 120, ou laissez le champ vide
part-ret-save = Enregistrer la période de conservation
part-ret-flash-set =
    { $count ->
        [one] Les inscriptions seront conservées { $n } mois après la conférence.
       *[other] Les inscriptions seront conservées { $n } mois après la conférence.
    }
part-ret-flash-kept = Les inscriptions seront conservées ; aucune période de conservation n’est définie.
part-ret-now-heading = Anonymiser maintenant
part-ret-now-link = Anonymiser les inscriptions maintenant
part-ret-now-after-end = Les inscriptions peuvent être anonymisées une fois la conférence terminée.
part-ret-confirm-title = Anonymiser les inscriptions maintenant
part-ret-confirm-count =
    { $count ->
        [one] { $n } inscription est encore rattachée à une personne.
       *[other] { $n } inscriptions sont encore rattachées à une personne.
    }
part-ret-confirm-what = Les noms, les adresses électroniques, les calendriers personnels et les consentements seront supprimés de toutes les inscriptions à cette conférence, et les inscriptions seront détachées des comptes des participants. Les pays, les statuts et les effectifs restent disponibles pour les statistiques.
part-ret-confirm-irreversible = Cette opération est irréversible.
part-ret-confirm-check = Je comprends que les inscriptions seront définitivement anonymisées
part-ret-confirm-required = Cochez la case pour confirmer l’anonymisation des inscriptions
part-ret-confirm-button = Anonymiser les inscriptions
part-ret-confirm-already = Les inscriptions à cette conférence ont déjà été anonymisées.
part-ret-flash-done =
    { $count ->
        [one] Les inscriptions sont anonymisées ({ $n } était rattachée à une personne).
       *[other] Les inscriptions sont anonymisées ({ $n } étaient rattachées à une personne).
    }
part-ret-back = Retour à la conservation des données
part-mail-retention-subject = Les inscriptions seront anonymisées dans une semaine : { $title }
part-mail-retention-when = La période de conservation de « { $title } » prend bientôt fin : ses inscriptions seront anonymisées le { $date }.
part-mail-retention-what = Les noms, les adresses électroniques et les réponses libres seront alors supprimés ; les pays, les statuts et les effectifs seront conservés pour les statistiques. Si vous avez besoin de la liste des participants pour vos archives, veuillez la télécharger avant cette date.
part-mail-retention-action = Consulter la conservation des données
part-mail-retention-after = Vous pouvez modifier la période de conservation sur la même page jusqu’à cette date.
