# Les écrans de l'application dans la langue du ou de la thérapeute : accueil, page du couple,
# écran de verrouillage, touches, boîtes de dialogue.

## Titres des fenêtres et ce qu'un lecteur d'écran en dit
app-title-locked = Groundwork (verrouillé)
app-title-sample = Groundwork — cabinet d'exemple
app-display-title = Groundwork — pour le couple
app-display-mirror = Écran du couple, dans sa propre fenêtre
app-display-answering = { $name } répond à quatre questions

## Mots employés à plusieurs endroits
app-settings = Réglages
app-cancel = Annuler
app-not-now = Pas maintenant
app-all-couples = Tous les couples
app-dismiss = Masquer
app-open-to-print = Ouvrir pour imprimer

## Le message en bas de la fenêtre
app-couple-language-set = Langue de leur écran et de leur feuille d'exercices désormais : { $language }.
app-couple-added = Couple ajouté : { $name }.
app-demo-opening = Le cabinet d'exemple s'ouvre dans sa propre fenêtre. Votre cabinet reste ici, intact.
app-demo-failed = Impossible d'ouvrir le cabinet d'exemple : { $error }.
app-session-torn = La dernière ligne de cette séance a été coupée quand Groundwork s'est arrêté ; elle a été conservée dans { $file }, et tout ce qui précède est ici.
app-version-kept = Version conservée. L'autre se trouve dans le dossier des conflits, au cas où elle servirait un jour.
app-passphrase-changed = La phrase secrète a été changée. Utilisez désormais la nouvelle.
app-open-failed = Impossible d'ouvrir { $file } : { $error }
app-settings-saved = Réglages enregistrés.
app-clinical-saved = Le dossier clinique est enregistré.
app-screening-saved = Le dépistage de { $name } est enregistré.
app-confidentiality-saved = L'accord de confidentialité est enregistré.
app-timeout-over = Le temps mort est terminé ; le tour reprend là où il s'était arrêté.
app-saved-notes = Les notes de séance sont enregistrées ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) : { $path }
app-saved-notes-timeline = Les notes de séance avec la chronologie sont enregistrées ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) : { $path }
app-saved-homework = La feuille d'exercices est enregistrée ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) : { $path }
app-saved-progress = Le rapport d'évolution est enregistré ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) : { $path }

## Les boîtes de dialogue de fichiers du système
app-backup-dialog-title = Sauvegarder le cabinet
app-restore-dialog-title = Restaurer une sauvegarde

## « Enregistrer sous » : où va un PDF
app-save-notes = Enregistrer les notes de séance
app-save-notes-timeline = Enregistrer les notes de séance avec la chronologie
app-save-homework = Enregistrer la feuille d'exercices
app-save-folder = Dossier
app-save-file-name = Nom du fichier
app-save-hint = Le PDF s'ouvre dans votre visionneuse pour être imprimé. « Autre emplacement… » ouvre la fenêtre d'enregistrement de cet ordinateur.
app-save-hint-no-dialog = Le PDF s'ouvre dans votre visionneuse pour être imprimé. Pour l'enregistrer ailleurs, saisissez le chemin complet comme nom de fichier (cet ordinateur n'a pas de fenêtre d'enregistrement : xdg-desktop-portal ou zenity en fourniraient une).
app-save-choosing = Choisissez l'emplacement dans la fenêtre du système…
app-save-taken = Un fichier portant ce nom existe déjà.
app-save-replace = Le remplacer
app-save-keep-both = Garder les deux
app-save = Enregistrer
app-save-name-first = Saisissez d'abord un nom de fichier.
app-save-elsewhere = Autre emplacement…
app-save-no-dialog = Cet ordinateur n'a pas de fenêtre d'enregistrement : saisissez le chemin complet comme nom de fichier.

## L'écran de verrouillage et le déverrouillage
app-locked-line = Groundwork est verrouillé. Saisissez la phrase secrète pour continuer ; la séance continue de se dérouler.
app-unlock-line = Ce cabinet est protégé. Saisissez sa phrase secrète pour l'ouvrir.
app-unlock-keychain = Saisissez la phrase secrète : { $why }.
app-unlock-empty = Saisissez d'abord la phrase secrète du cabinet.
app-unlock-hint = phrase secrète
app-unlock-passphrase = Phrase secrète
app-unlock-remember = Mémoriser sur cet ordinateur
app-unlock-remember-hover = Le trousseau de cet ordinateur conserve la clé : Groundwork ouvre ce cabinet ici sans rien demander. Il la demande toujours après un verrouillage, et sur tout autre ordinateur.
app-unlock = Déverrouiller
app-unlock-folder = Dossier du cabinet : { $folder }
app-opening = Ouverture du cabinet…
app-opening-failed = Le cabinet n'a pas pu être ouvert. Fermez cette fenêtre ; rien n'y a été modifié.
app-opening-failed-fault = Groundwork s'est arrêté en lisant le cabinet. Relancez-le ; les fichiers du dossier du cabinet sont restés tels quels.

## Accueil
app-home-sample = cabinet d'exemple · non protégé par une phrase secrète
app-lock = Verrouiller
app-lock-hover = Tout masquer jusqu'à ce que la phrase secrète soit de nouveau saisie
app-home-protect-reminder = Avant le premier couple : protégez ce cabinet par une phrase secrète, pour qu'un ordinateur portable perdu ou un dossier copié ne révèle rien.
app-home-protect-now = Le protéger (Réglages)
app-home-back-up-now = Sauvegarder (Réglages)
app-home-open-elsewhere = { $name } : une séance est ouverte sur { $computer }
app-home-read-only = Elle est en lecture seule ici tant qu'elle est ouverte là-bas.
app-home-open-page = Ouvrir la page de { $name }
app-home-left-open = { $name } : la séance { $number } est toujours ouverte
app-home-left-open-note = Vous l'avez quittée sans la terminer ; ses minuteurs sont restés tels que vous les avez laissés.
app-home-still-open = { $name } : une séance est toujours ouverte
app-home-still-open-note = Groundwork s'est fermé avant la fin de la séance. Rien n'a été perdu.
app-home-resume = Reprendre la séance de { $name }
app-home-welcome = Bienvenue dans Groundwork
app-home-begin = Ajoutez le premier couple ci-dessous pour commencer. Tout reste sur cet ordinateur.
app-home-new-here = Première visite ? Découvrez d'abord un cabinet d'exemple :
app-home-open-sample = Ouvrir le cabinet d'exemple
app-home-sample-note = Il s'ouvre dans sa propre fenêtre, dans un dossier temporaire : votre cabinet reste ici, intact.
app-home-search = Rechercher un couple
app-home-search-hint = prénom d'un partenaire
app-home-no-match = Aucun couple ne correspond à « { $search } ».
app-home-couples = Couples
app-home-column-couple = Couple
app-home-column-last = Dernière séance
app-home-column-agreements = Engagements en cours
app-home-no-sessions = aucune séance pour l'instant
app-problems-title = Certains fichiers n'ont pas pu être lus

## Premier lancement : le cabinet
app-setup-title = D'abord, votre cabinet
app-setup-note = Figure sur les notes de séance et sur la feuille d'exercices du couple. Tout se modifie plus tard dans les Réglages.
app-setup-practice = Nom du cabinet
app-setup-practice-hint = par exemple, Cabinet de thérapie de couple du Port
app-setup-name = Votre nom
app-setup-name-hint = tel qu'il figure sous les notes
app-setup-credentials = Titre professionnel
app-setup-credentials-hint = par exemple, psychologue clinicienne
app-setup-paper = Format du papier
app-setup-save = Enregistrer et continuer
app-setup-later = Plus tard

## Ajouter un couple
app-add-title = Ajouter un couple
app-add-first = Premier partenaire
app-add-second = Second partenaire
app-add-name-hint = prénom
app-add-button = Ajouter le couple

## Deux versions d'un fichier gardées par un service de synchronisation
# $what avec sa préposition : « du dossier du couple Emma & Sophie » (store-versions-of-…)
app-versions-title = Deux versions { $what }
app-versions-why = { $engine } a gardé les deux, car deux ordinateurs ont modifié le fichier en même temps. Gardez la bonne ; l'autre est déplacée dans le dossier des conflits, pas supprimée.
app-versions-sessions = Les séances enregistrées dans l'une ou l'autre version restent au dossier : elles proviennent des séances elles-mêmes.
app-versions-in-use = En usage
app-versions-keep-in-use = Garder la version en usage
app-versions-other = L'autre version
app-versions-keep-other = Garder l'autre version
app-versions-changed = modifiée le { $when }
app-versions-same = Identique dans les deux : { $fields }.

## La page d'un couple
app-couple-gone = Ce couple ne fait plus partie du cabinet.
app-couple-language = Langue du couple
app-couple-their-language = Langue du couple
app-couple-next-session = prochaine séance : { $date }
app-couple-safety = Sécurité et confidentialité · { $summary }
app-couple-rules = Règles de base
app-couple-rules-none = Convenues lors de la première séance.
app-couple-rule-sessions-only = en séance seulement
app-couple-rule-agreed = convenue le { $date }
app-couple-agreements = Engagements
app-couple-agreements-none = Aucun pour l'instant.
app-couple-both = Les deux
app-couple-stopped = (arrêté)
app-couple-agreement-line = { $who } · { $when } · depuis la séance { $session }
app-review = { $date } : { $outcome }
app-review-done = fait
app-review-partly = en partie
app-review-not-done = pas fait
app-couple-show-all = { $count ->
        [one] Afficher l'engagement
       *[other] Afficher les { $number } engagements
    }
app-couple-progress = Évolution
app-couple-progress-pdf = Rapport d'évolution (PDF)
app-couple-progress-pdf-hover = Ces graphiques, les chiffres et les bilans de chaque engagement, imprimés dans le dossier d'exports du couple. Rien d'un dépistage ni d'une séance individuelle n'y figure.

## Le dossier clinique
app-clinical-title = Dossier clinique
app-clinical-note = Facultatif. Figure sur les notes des séances à venir.
app-clinical-record-number = N° de dossier de { $name }
app-clinical-born = Date de naissance de { $name }
app-clinical-date-hint = AAAA-MM-JJ
app-clinical-diagnosis = Code diagnostique
app-clinical-diagnosis-what = le code diagnostique
app-clinical-service = Prestation habituelle
app-clinical-modality = Se tient d'habitude
app-clinical-save = Enregistrer le dossier clinique
app-clinical-born-range = La date de naissance de { $name } doit être comprise entre 1900 et aujourd'hui.
app-clinical-born-format = La date de naissance de { $name } s'écrit AAAA-MM-JJ, par exemple 1988-05-03.
app-clinical-not-saved = Non enregistré. { $problems }

## Commencer une séance
app-start-still-open = La séance { $number } est toujours ouverte
app-start-resume = Reprendre la séance
app-start-protocol = Protocole
app-start-alone = Séance individuelle avec { $name }
app-start-session = Commencer la séance
app-start-before = Avant de commencer
app-start-anyway = Commencer quand même
app-start-template = { $summary } · environ { $minutes } minutes · { $source }

## Une séance ouverte sur un autre ordinateur
app-elsewhere-title = La séance { $number } est ouverte sur { $computer }
app-elsewhere-read-only = Elle est en lecture seule ici, pour que rien de ce qui est saisi sur { $computer } ne soit écrasé. Ses notes et ses exercices peuvent tout de même être imprimés ci-dessous.
app-take-over = Récupérer la séance { $number }…
app-take-over-hover = Seulement si Groundwork ne tourne plus sur { $computer }
app-take-over-question = Groundwork est-il fermé sur { $computer }, ou cet ordinateur n'est-il plus là ? S'il tourne encore là-bas, ce qui y sera saisi à partir de maintenant sera gardé à part et devra être fusionné à la main.
app-take-over-here = La récupérer sur cet ordinateur

## Les séances du couple
app-sessions = Séances
app-sessions-none = Aucune séance pour l'instant.
app-sessions-column-session = Séance
app-sessions-column-date = Date
app-sessions-column-protocol = Protocole
app-sessions-column-length = Durée
app-sessions-column-turns = Tours
app-sessions-column-talk = Temps de parole
app-sessions-column-timeouts = Temps morts
app-sessions-column-open = Ouvrir et imprimer
app-sessions-signed = signées
app-sessions-draft = brouillon
app-sessions-draft-hover = Ouvrez la séance pour signer ses notes
app-sessions-unreadable = illisible (voir ci-dessous)
app-sessions-individual = Séance individuelle : { $name }
app-sessions-open-on = ouverte sur { $computer }
app-sessions-in-progress = en cours
app-sessions-open = Ouvrir la séance { $number }
app-sessions-notes-pdf = Notes (PDF)
app-sessions-homework-pdf = Exercices (PDF)
app-sessions-notes-pdf-hover = Imprimer les notes de la séance { $number } dans le dossier d'exports du couple
app-sessions-homework-pdf-hover = Imprimer la feuille d'exercices de la séance { $number } dans le dossier d'exports du couple
app-sessions-pdf-name = { $label }, séance { $number }

## Dates (strftime de chrono)
app-date-session = %a %-d %b %Y
app-date-next-session = %a %-d %b
app-date-changed = %a %-d %b %Y à %H:%M
app-date-calendar-day = %A %-d %B %Y
app-date-calendar-month = %B %Y

## Le calendrier à côté d'un champ de date
app-calendar = Calendrier…
app-calendar-name = { $field } : choisir dans un calendrier
app-calendar-before = Mois précédent
app-calendar-after = Mois suivant
app-calendar-mon = lu
app-calendar-tue = ma
app-calendar-wed = me
app-calendar-thu = je
app-calendar-fri = ve
app-calendar-sat = sa
app-calendar-sun = di

## Ce qu'un lecteur d'écran entend d'un compte à rebours
app-a11y-seconds = { $count ->
        [one] { $count } seconde
       *[other] { $count } secondes
    }
app-a11y-minutes = { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
app-a11y-minutes-seconds = { $minutes } { $seconds }
app-a11y-left = temps restant : { $time }
app-a11y-time-up = le temps est écoulé
app-a11y-over = dépassement de { $time }
app-a11y-so-far = déjà { $time }
app-a11y-paused = en pause

## L’aide des touches : ce que fait chaque touche (les noms des touches : app-keyname-*)
app-key-next = Étape suivante du dialogue, dans l'ordre du protocole (parler, reformuler ou refléter, confirmer ; puis, le cas échéant, résumé, validation, empathie) ; à la confirmation, « c'est juste ». En étapes guidées : l'étape suivante.
app-key-not-quite = « Pas tout à fait » : retour à la reformulation.
app-key-pass-floor = Passer la parole à l'autre partenaire quand la personne qui parle est prête ; si le protocole le prévoit, la personne qui écoute valide d'abord et imagine les sentiments (quand un seul partenaire garde la parole tout du long, seulement cela).
app-key-pause = Mettre en pause ou relancer le minuteur.
app-key-extend = 30 secondes de plus pour cette étape.
app-key-timeout = Temps mort : tous les minuteurs s'arrêtent aussitôt, puis choisissez qui l'a demandé et pourquoi. Pendant un temps mort : le terminer plus tôt (après confirmation).
app-key-quick-note = Écrire une note rapide, horodatée.
app-key-next-phase = Voir la phase suivante du déroulé ; la séance reste où elle est.
app-key-previous-phase = Voir la phase précédente ; la séance reste où elle est.
app-key-move-here = Amener la séance à la phase affichée (après confirmation si un tour est en cours).
app-key-display = Ouvrir ou fermer l'écran du couple.
app-key-fullscreen = Sur l'écran du couple : plein écran, ou retour en fenêtre.
app-key-undo = Annuler la dernière étape (encore une fois pour la précédente, jusqu'au début de la phase).
app-key-redo = Rétablir : revenir sur la dernière annulation (jusqu'à l'étape suivante).
app-key-redo-y = Rétablir, comme Ctrl+Maj+Z.
app-key-print = Imprimer les notes de séance (PDF).
app-key-search = Sur l'accueil : rechercher un couple.
app-key-timeout-choice = Dans la fenêtre du temps mort : qui l'a demandé et pourquoi.
app-key-confirm = Oui à la question affichée (terminer la séance, terminer un temps mort plus tôt, …).
app-key-cancel = Fermer une fenêtre sans rien faire (dans celle du temps mort : finalement pas de temps mort). Sur l'écran du couple : quitter le plein écran.
app-key-help = Afficher ou masquer cette liste.

## Les touches, comme le clavier les nomme
app-keyname-ctrl = Ctrl
app-keyname-shift = Maj
app-keyname-space = Espace
app-keyname-right = Flèche droite
app-keyname-left = Flèche gauche
app-keyname-enter = Entrée
app-keyname-esc = Échap
app-keyname-f-display = F (écran du couple)
