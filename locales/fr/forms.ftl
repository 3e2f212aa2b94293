## Messages de validation communs à tous les formulaires, et titre d'une page dont
## le formulaire contient des erreurs.

form-error-title = Erreur : { $title }
form-too-long =
    { $count ->
        [one] Ne doit pas dépasser { $n } caractère
       *[other] Ne doit pas dépasser { $n } caractères
    }
form-control-characters = Ne doit pas contenir de caractères de contrôle
form-invisible-characters = Ne doit pas contenir de caractères de mise en forme invisibles, tels que des espaces sans chasse ou des forçages du sens de l'écriture
form-email-missing = Saisissez votre adresse électronique
form-email-too-long = L'adresse électronique ne doit pas dépasser 254 caractères
form-email-format = Saisissez une adresse électronique au format correct, par exemple nom@exemple.org
form-country-missing = Sélectionnez votre pays
form-country-unknown = Sélectionnez un pays dans la liste
form-zone-missing = Saisissez un fuseau horaire, par exemple Europe/Zurich
form-zone-unknown = « { $zone } » n'est pas un fuseau horaire connu ; indiquez une ville ou un nom tel que Asia/Tokyo
form-name-missing = Saisissez vos nom et prénom
form-password-missing = Saisissez un mot de passe
form-password-too-short =
    { $count ->
        [one] Le mot de passe doit comporter au moins { $n } caractère
       *[other] Le mot de passe doit comporter au moins { $n } caractères
    }
form-password-too-long =
    { $count ->
        [one] Le mot de passe ne doit pas dépasser { $n } caractère
       *[other] Le mot de passe ne doit pas dépasser { $n } caractères
    }
form-colour-format = Saisissez une couleur sous la forme de six chiffres hexadécimaux, par exemple #1b4f8f
form-colour-too-light = Cette couleur est trop claire : un texte blanc sur ce fond a un contraste de { $contrast }:1, alors qu'il faut au moins { $min }:1 pour qu'il soit lisible (WCAG AA). Choisissez une teinte plus foncée
form-colour-links-too-light = Utilisée pour les liens sur le fond de la page, cette couleur a un contraste de { $contrast }:1, alors qu'il faut au moins { $min }:1 (WCAG AA). Choisissez une teinte plus foncée
form-picture-missing = Choisissez une image à téléverser
form-picture-too-large = L'image pèse { $size } Ko ; le maximum accepté est de { $max } Ko
form-picture-not-png-or-jpeg = Le fichier n'est pas une image PNG ou JPEG
form-picture-unreadable = L'image n'a pas pu être lue (fichier endommagé ou dimensions trop grandes)
form-picture-not-converted = L'image n'a pas pu être convertie
form-unreadable = Le formulaire n'a pas pu être lu : { $detail }
