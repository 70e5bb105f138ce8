# Ce que le dossier de données dit au thérapeute : un fichier qui n'a pas pu être lu (et qu'il a
# été laissé tel quel), une copie gardée par un logiciel de synchronisation, une phrase secrète,
# une sauvegarde, le trousseau. $file et $folder sont des chemins ; $error, les mots du système.

## Un fichier qui n'a pas pu être lu ($message dit ce qui ne va pas, avec les mots ci-dessous)
store-problem = { $file } n'a pas pu être lu : { $message } ; Groundwork l'a laissé tel quel, restaurez-le donc depuis une sauvegarde ou corrigez-le dans un éditeur de texte.
store-problem-at = { $file } n'a pas pu être lu (ligne { $line }, colonne { $column }) : { $message } ; Groundwork l'a laissé tel quel, restaurez-le donc depuis une sauvegarde ou corrigez-le dans un éditeur de texte.
# Quand $message dit déjà quoi faire.
store-problem-advising = { $file } n'a pas pu être lu, Groundwork l'a donc laissé tel quel : { $message }.
store-problem-advising-at = { $file } n'a pas pu être lu (ligne { $line }, colonne { $column }), Groundwork l'a donc laissé tel quel : { $message }.

## Ce qui ne va pas dans un fichier (chaque phrase suit « n'a pas pu être lu : »)
store-ron-eof = le texte s'arrête trop tôt, comme s'il avait été coupé
store-ron-trailing = il reste du texte après la fin
store-ron-number-range = ce nombre est bien trop grand ou trop petit pour avoir un sens ici
store-ron-too-deep = les parenthèses sont imbriquées bien plus profondément que ce dont un fichier Groundwork a besoin
store-sealed-changed = il a été modifié en dehors de Groundwork (il ne s'ouvre plus avec la clé de ce cabinet)
store-sealed-locked = il est scellé par la phrase secrète d'un cabinet, et ce cabinet est verrouillé ; déverrouillez-le d'abord
store-not-sealed = il a été modifié en dehors de Groundwork (il n'est pas scellé, alors que tous les fichiers de ce cabinet protégé le sont)
store-too-large = il dépasse { $megabytes } Mo, bien plus que tout fichier écrit par Groundwork ; ce n'est probablement pas un fichier Groundwork
# $kind : l'un des messages store-kind-…
store-special-file = c'est { $kind }, pas un fichier ordinaire ; sortez-le du dossier de données et remettez le fichier en place depuis une sauvegarde
store-kind-pipe = un tube (FIFO)
store-kind-socket = un socket
store-kind-device = un périphérique
store-kind-special = un élément particulier
store-link-outside = c'est un lien vers un fichier situé hors du dossier de données, que Groundwork ne suit pas et ne modifie pas ; placez le fichier lui-même dans le dossier, à la place du lien
store-folder-not-file = c'est un dossier, pas un fichier ; déplacez ce dossier ailleurs, puis remettez le fichier en place depuis une sauvegarde
store-missing = le fichier n'existe pas
store-not-allowed-to-read = Groundwork n'a pas le droit de le lire ; vérifiez qu'il vous appartient et que vous pouvez le lire
store-disk-refused = le disque ne l'a pas restitué ({ $error })
store-empty = le fichier est vide
store-binary = ce n'est pas un fichier texte (il contient des données binaires) ; il est peut-être endommagé, ou d'un tout autre type
store-not-utf8 = ce n'est pas du texte UTF-8 ; il est peut-être endommagé, ou a été enregistré dans un autre encodage
store-newer-schema = il a été écrit par une version plus récente de Groundwork (schéma { $schema } ; cette version lit jusqu'au { $reads }) ; mettez Groundwork à jour pour l'ouvrir
# Pourquoi un dossier n'a pas pu être créé : un fichier se trouve à sa place.
store-file-in-the-way = un fichier porte déjà ce nom

## Fichiers de séance
store-journal-header-too-long = sa première ligne est bien plus longue qu'un en-tête de séance : ce n'est donc pas un fichier de séance Groundwork, ou il est gravement endommagé
store-journal-empty = le fichier de séance est vide
store-journal-no-header = le fichier de séance n'a pas de première ligne complète (son en-tête) ; il a été coupé pendant sa création
store-journal-line-changed = cette ligne a été modifiée en dehors de Groundwork (elle ne s'ouvre plus avec la clé de ce cabinet)
store-journal-line-not-sealed = cette ligne a été modifiée en dehors de Groundwork (elle n'est pas scellée, alors que toutes les lignes de ce cabinet protégé le sont)
store-journal-header-not-utf8 = la première ligne (l'en-tête) n'est pas du texte UTF-8 ; le fichier est peut-être endommagé, ou ce n'est pas une séance Groundwork
store-journal-line-not-utf8 = cette ligne n'est pas du texte UTF-8 ; le fichier est endommagé
# $why : ce qui ne va pas dans l'entrée, comme ci-dessus ou dans les mots du format de fichier.
store-journal-entry-damaged = l'entrée de cette ligne est endommagée ({ $why })
store-journal-entry-too-long = une entrée ne tenait pas sur une seule ligne
store-journal-name = son nom ne suit pas le modèle 0003-2026-11-22.journal (numéro de séance, date, et parfois l'identifiant d'un ordinateur, comme dans 0003-2026-11-22-k7q2mf.journal), il n'est donc pas listé ; renommez-le en conséquence
# Une seconde copie d'un fichier de séance, gardée par un logiciel de synchronisation ($engine).
store-journal-copy = { $copy } est une seconde copie du fichier de séance { $original }, gardée par { $engine } parce que deux ordinateurs l'ont modifié en même temps ; Groundwork ajoute ses entrées à { $original } la prochaine fois que le cabinet s'ouvre dans l'application sans que cette séance soit ouverte, puis déplace la copie dans le dossier des conflits.
store-journal-torn-not-merged = { $journal } se termine par une ligne coupée lors d'un plantage, sa seconde copie { $copy } n'a donc pas encore été fusionnée ; ouvrez une fois cette séance dans Groundwork (la ligne coupée est alors mise de côté), et la copie sera fusionnée à la prochaine ouverture du cabinet.
store-journal-other-session = { $copy } porte le nom d'une copie de { $journal }, mais c'est la séance { $copy_number } du couple { $copy_couple }, alors que l'autre est la séance { $number } du couple { $couple } ; rien n'a donc été fusionné et les deux fichiers restent tels quels.
# $name : le nom de fichier à donner à la seconde.
store-journal-two-sessions = { $copy } et { $journal } sont deux séances différentes que deux ordinateurs ont toutes deux numérotées { $number } ; rien n'a donc été fusionné et les deux fichiers restent tels quels. Pour lister la seconde comme une séance à part entière, renommez-la en { $name }.
store-journal-changed-while-merging = { $journal } a changé pendant la fusion de sa seconde copie { $copy }, rien n'a donc encore été fusionné ; ce sera retenté à la prochaine ouverture du cabinet.

## Les dossiers des couples
store-couple-folder-name = ce nom de dossier n'est pas de ceux que Groundwork donne à un couple (il devrait ressembler à c-20261122-200301-3f9a) ; s'il a été renommé, redonnez-lui son ancien nom
store-couple-wrong-folder = le fichier appartient au couple « { $couple } » mais se trouve dans le dossier « { $folder } » ; si le dossier a été copié ou renommé, redonnez-lui son ancien nom
store-folder-name-not-text = le nom de ce dossier n'est pas un texte valide ; Groundwork ne crée jamais un tel nom, redonnez-lui donc son ancien nom
store-couple-missing = le fichier manque, mais le dossier contient { $count ->
    [one] { $count } fichier de séance
   *[other] { $count } fichiers de séance
} ; restaurez couple.ron depuis une sauvegarde

## Deux versions de couple.ron ou de settings.ron gardées par un logiciel de synchronisation ($engine)
# $what : l'un des messages store-versions-of-… ; $name : le fichier qu'utilise Groundwork.
store-two-versions = { $copy } et { $original } sont deux versions { $what }, gardées par { $engine } parce que deux ordinateurs ont modifié le fichier en même temps ; Groundwork utilise { $name } et n'a modifié ni supprimé aucune des deux : choisissez la version à garder (l'autre est déplacée dans le dossier des conflits).
# Ce dont il existe deux versions, comme le disent app-versions-title et store-two-versions (« Deux versions … »).
store-versions-of-this-record = du dossier de ce couple
store-versions-of-settings = des réglages du cabinet
store-versions-of-record = du dossier du couple { $names }
store-versions-of-a-record = du dossier d'un couple
store-not-a-second-version = { $file } n'est pas une seconde version de couple.ron ou de settings.ron, rien n'a donc été modifié.

## Modèles ($phase : store-template-phase)
store-template-empty = le fichier est vide ; un modèle commence par « ( » et indique son schéma, son identifiant, son nom et ses phases
store-template-newer = écrit par une version plus récente de Groundwork (schéma { $schema } ; cette version lit jusqu'au { $reads }) ; mettez Groundwork à jour
store-template-comma = il manque une virgule ici
store-template-id-taken = l'identifiant « { $id } » est déjà utilisé par { $file }, ce modèle n'a donc pas été chargé ; donnez un autre identifiant à l'un des deux
store-templates-folder-missing = le dossier des modèles n'existe pas
store-templates-folder-not-allowed = Groundwork n'a pas le droit d'ouvrir le dossier des modèles ; vérifiez ses autorisations
store-templates-folder-is-file = c'est un fichier, pas un dossier
store-templates-folder-unopened = le dossier des modèles n'a pas pu être ouvert ({ $error })
store-templates-folder-unlisted = le contenu du dossier des modèles n'a pas pu être listé ({ $error })
store-template-no-id = le modèle n'a pas d'identifiant
store-template-no-name = le modèle n'a pas de nom
store-template-no-phases = le modèle n'a aucune phase
store-template-session-only = « { $rule } » est marquée pour la séance seulement, mais ne fait pas partie des règles de base
store-template-phase = la phase { $number } (« { $title } »)
store-template-phase-no-title = la phase { $number } n'a pas de titre
# $kind : le type de phase, tel que l'application le nomme.
store-template-needs-both = { $phase } est une phase de type « { $kind } », qui demande les deux partenaires ; une séance individuelle n'a que des étapes guidées et une clôture
store-template-no-steps = { $phase } n'a aucune étape
store-template-step-no-title = l'étape { $step } de la phase { $number } n'a pas de titre
# $step : une étape de la personne qui écoute, telle que le fichier la nomme (Paraphrase, Mirror, Summary, Validation, Empathy).
store-template-no-listener-steps = { $phase } n'a aucune étape pour la personne qui écoute
store-template-listener-first = { $phase } fait commencer la personne qui écoute par { $step } ; sa première étape redit ce qui a été entendu : Paraphrase, Mirror ou Summary
store-template-listener-only-first = { $phase } a { $step } comme étape { $number } de la personne qui écoute ; elle ne peut être que la première
store-template-listener-twice = { $phase } cite deux fois l'étape { $step } de la personne qui écoute
# Les mots d'un modèle dans une autre langue ($translation : l'un des messages store-translation-…).
store-template-english-translation = les mots anglais sont le modèle lui-même, pas une traduction
store-translation-de = la traduction allemande
store-translation-fr = la traduction française
store-translation-es = la traduction espagnole
store-template-translation-phases = { $translation } a { $theirs ->
    [one] { $theirs } phase
   *[other] { $theirs } phases
} ; l'anglais en a { $ours }
store-template-translation-rules = { $translation } a { $theirs ->
    [one] { $theirs } règle de base
   *[other] { $theirs } règles de base
} ; l'anglais en a { $ours }
store-template-translation-suggestions = { $translation } a { $theirs ->
    [one] { $theirs } suggestion
   *[other] { $theirs } suggestions
} ; l'anglais en a { $ours }
store-template-translation-cards = { $translation } a { $theirs ->
    [one] { $theirs } carte
   *[other] { $theirs } cartes
} ; l'anglais en a { $ours }
store-template-translation-steps = { $translation } de { $phase } a { $theirs ->
    [one] { $theirs } étape
   *[other] { $theirs } étapes
} ; l'anglais en a { $ours }
store-template-translation-blank = { $translation } de { $phase } laisse un titre ou une consigne vide
store-template-translation-card-lines = { $translation } de la carte { $number } (« { $title } ») a { $theirs ->
    [one] { $theirs } ligne
   *[other] { $theirs } lignes
} ; l'anglais en a { $ours }
store-template-translation-rule-count = { $translation } de « { $set } » a { $theirs ->
    [one] { $theirs } règle
   *[other] { $theirs } règles
} ; l'anglais en a { $ours }
store-template-translation-other-rules = { $translation } a d'autres règles de base ; l'anglais n'en a pas

## La phrase secrète et le trousseau
store-vault-damaged = les réglages de clé du cabinet (vault.ron) sont endommagés
store-vault-file-damaged = vault.ron est endommagé
store-vault-algorithm = le cabinet est protégé par { $algorithm }, que cette version de Groundwork ne sait pas ouvrir
store-vault-format = ses fichiers sont scellés au format { $format }, que cette version de Groundwork ne sait pas lire
store-wrong-passphrase = Cette phrase secrète n'ouvre pas ce cabinet. Rien n'a été modifié ; réessayez.
# $why : ce qui ne va pas, comme ci-dessus.
store-cannot-open = Le cabinet ne peut pas être ouvert : { $why }.
store-passphrase-short = Une phrase secrète compte au moins { $count } caractères ; quelques mots se retiennent plus facilement qu'un mot de passe court.
store-passphrase-long = Une phrase secrète compte au plus { $count } caractères.
store-not-protected = le cabinet n'est pas protégé par une phrase secrète
store-not-protected-it = il n'est pas protégé par une phrase secrète
store-already-protected = { $folder } est déjà protégé par une phrase secrète
# Le dossier, à côté de celui du cabinet, où ses PDF sont déplacés ($name : le nom du dossier du cabinet).
store-pdfs-folder = { $name } - PDF enregistrés avant sa protection
store-keychain-unreachable = le trousseau de cet ordinateur est inaccessible ({ $error })
store-keychain-none = ce système n'a pas de trousseau
# Ce que la fenêtre du trousseau affiche pour l'entrée.
store-keychain-label = Clé de cabinet Groundwork ({ $folder })
store-keychain-refused = le trousseau a refusé l'entrée ({ $error })
store-keychain-wrong-key = cette clé n'est pas celle de ce cabinet
store-keychain-not-kept = le trousseau n'a pas conservé la clé ({ $error })
store-keychain-not-given = le trousseau n'a pas fourni la clé ({ $error })
store-keychain-not-forgotten = le trousseau n'a pas oublié la clé ({ $error })

## Sauvegardes
store-backup-inside = { $file } se trouve dans le dossier même du cabinet ; placez la sauvegarde ailleurs (idéalement sur un autre disque)
store-practice-locked = le cabinet est verrouillé ; déverrouillez-le d'abord
store-backup-needs-passphrase = une sauvegarde de ce cabinet demande sa propre phrase secrète
store-could-not-read = { $file } n'a pas pu être lu : { $error }
store-backup-not-read-back = { $file } n'a pas pu être relu : { $error }
store-backup-differs-failing = { $file } ne s'est pas relu tel qu'il a été écrit ; le disque est peut-être défaillant : gardez le cabinet et essayez un autre disque
store-backup-differs = { $file } ne s'est pas relu tel qu'il a été écrit
store-restore-not-empty = { $folder } n'est pas vide ; restaurez dans un nouveau dossier, pour que rien ne soit mélangé ni écrasé
store-backup-too-large = { $file } est bien plus volumineux que toute sauvegarde
store-backup-wrong-passphrase = Cette phrase secrète n'ouvre pas la sauvegarde { $file }. Rien n'a été écrit ; réessayez.
store-backup-changed = { $file } a été modifié en dehors de Groundwork (il ne s'ouvre plus avec sa clé), rien n'en a donc été restauré ; utilisez une autre sauvegarde
store-backup-key-damaged = { $file } a été modifié en dehors de Groundwork (ses réglages de clé sont endommagés), rien n'en a donc été restauré
store-not-a-backup = { $file } n'est pas une sauvegarde Groundwork
store-could-not-make = { $folder } n'a pas pu être créé : { $error }
store-could-not-write-to = Impossible d'écrire dans { $folder } : { $error }
store-could-not-replace = { $folder } n'a pas pu être remplacé : { $error }
store-could-not-put-in-place = { $folder } n'a pas pu être mis en place : { $error }
store-could-not-move-in = { $folder } n'a pas pu être déplacé à sa place : { $error }
store-restore-only-empty = Une sauvegarde ne se restaure que dans un cabinet vide, pour que rien ne soit mélangé ni écrasé ; celui-ci contient déjà des couples ou des réglages.

## L'ordinateur sur lequel le cabinet ou une séance est ouvert ($host, $computer : son nom ; $since : une date et une heure)
store-lock-here = sur cet ordinateur ({ $host })
store-lock-there = sur l'ordinateur { $host }
store-lock-anywhere = sur cet ordinateur ou un autre
# $place : store-lock-here, -there ou -anywhere.
store-lock-since = { $place } depuis { $since }
store-lock-not-a-file = le fichier de verrou n'est pas un fichier ordinaire
# Une séance ouverte sur un ordinateur dont le nom n'est pas connu (après « sur »).
store-open-another-computer = un autre ordinateur
store-open-since = { $computer } depuis { $since }
store-no-config-folder = pas de dossier de configuration sur cet ordinateur

## Ce que contiennent le fichier d'une séance et la police d'un document
store-session-no-events = la séance n'a aucun événement
store-session-no-start = le premier événement de la séance n'est pas son début
store-font-unreadable = la police du document n'a pas pu être lue

## Ce que le thérapeute a saisi, tel que screen-text-enter, -write et -too-long le nomment
what-first-partner-name = le nom du premier partenaire
what-second-partner-name = le nom du second partenaire
what-rule = la règle
what-comment = le commentaire
what-topic = le sujet
what-quick-note = la note rapide
what-service-code = le code de prestation
what-diagnosis-code = le code diagnostique
what-concerns = la nature des inquiétudes
what-signature = la signature
what-reason = la raison
what-behaviour = ce qui sera fait
what-anchor = l'habitude d'ancrage
what-evidence = « Comment nous le saurons »
