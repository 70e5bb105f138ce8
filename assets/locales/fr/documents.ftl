# Les documents dans la langue du ou de la thérapeute : les notes de séance et le rapport
# d'évolution (ses mots au couple, doc-couple-…, suivent la langue du couple). Aussi ce que
# disent le cabinet, la séance et le dossier de données quand une action est refusée ou faite.

## Les dates dans les documents (strftime de chrono : %A le jour, %B le mois, %b en abrégé)
doc-date = %-d %B %Y
doc-date-short = %-d %b %Y
doc-date-weekday = %A %-d %B %Y
doc-date-day-month = %-d %B

## Les documents, par leur nom
doc-kind-notes = notes de séance
doc-kind-notes-timeline = notes de séance avec la chronologie
doc-kind-homework = fiche d'exercices
doc-alone-no-sheet = La séance { $number } était une séance individuelle avec { $name } : elle n'a pas de fiche d'exercices pour le couple, et ses notes sont réservées à votre dossier.
doc-continued = { $title } (suite)

## Les caractères qu'aucune police de cet ordinateur ne contient
doc-font-cjk = Noto Sans CJK (le paquet fonts-noto-cjk) pour le chinois, le japonais et le coréen
doc-font-devanagari = Noto Sans Devanagari (le paquet fonts-noto-core)
doc-font-indic = Noto Sans pour l'écriture indienne concernée (le paquet fonts-noto-core)
doc-font-thai = Noto Sans Thai (le paquet fonts-noto-core)
doc-font-arabic = Noto Sans Arabic (le paquet fonts-noto-core)
doc-font-other = Noto Sans (le paquet fonts-noto-core)
doc-missing-more = { $list } et { $count } autres
doc-missing-and = et
doc-missing-install = installez { $fonts } et imprimez à nouveau
doc-missing-emoji = les emoji s'impriment sous forme de carré : écrivez plutôt le mot
doc-missing = Imprimés sous forme de carré, car aucune police de cet ordinateur ne les contient : { $list }. Pour les imprimer, { $how }.

## Les notes de séance : le cadre
doc-notes-header = Confidentiel · Notes de séance · { $a } & { $b }
doc-notes-footer = Confidentiel · { $practice } · séance { $number } · { $date }
doc-notes-draft = BROUILLON · NON SIGNÉ
doc-notes-title = Notes de séance — { $a } & { $b }, séance { $number }

## Les notes de séance : qui, quand, où
doc-notes-heading = Notes de séance
doc-notes-individual-heading = Notes de séance individuelle
doc-notes-alone = { $name }, seul·e (du couple { $a } & { $b })
doc-notes-alone-record = Pour le dossier du ou de la thérapeute : ni pour le couple, ni pour le dossier d'une séance commune.
doc-notes-ids = { $name } : { $ids }
doc-notes-session = Séance { $number }
doc-notes-service = prestation { $code }
doc-notes-diagnosis = diagnostic { $code }
doc-notes-still-running = toujours en cours
doc-notes-present-both = Présents : { $a } et { $b }.
doc-notes-present-one = Présent·e : { $present } ({ $absent } absent·e).
doc-notes-present-unknown = Présence : non renseignée.
doc-notes-protocol = Protocole : { $name }.
doc-notes-therapist = Thérapeute : { $name }.
doc-notes-next = Prochaine séance : { $date }.
doc-notes-clock-forward = L'horloge de l'ordinateur a été avancée de { $by } à { $time } ; les heures suivantes suivent la nouvelle horloge, les durées ne sont pas touchées.
doc-notes-clock-back = L'horloge de l'ordinateur a été reculée de { $by } à { $time } ; les heures suivantes suivent la nouvelle horloge, les durées ne sont pas touchées.
doc-notes-days = { $count } j
doc-notes-hours = { $count } h
doc-notes-minutes = { $count } min
doc-notes-seconds = { $count } s

## Les notes de séance : les rubriques
doc-notes-check-in = Accueil
doc-notes-week = La semaine : { $ratings }.
doc-notes-csi = CSI-4 : { $scores } (seuil { $cutoff }).
doc-notes-progress = Avancée des engagements
doc-notes-agreement = Engagement
doc-notes-outcome = Résultat
doc-notes-comment = Commentaire
doc-notes-not-reviewed = pas revu
doc-notes-outcome-stopped = { $outcome } (arrêté)
doc-notes-whose = { $who } : { $what }
doc-notes-both = Les deux
doc-notes-interventions = Interventions
doc-notes-phase = { $title } — { $took } (prévu { $planned })
doc-notes-phase-turns = { $phase } : { $turns }
doc-notes-turns = { $name } { $count ->
    [one] 1 tour
   *[other] { $count } tours
}, { $talk } de parole
doc-notes-retries = Reformulations qui ont demandé un nouvel essai : { $count }.
doc-notes-topics = Sujets : { $topics }.
doc-notes-rules = Règles de base
doc-notes-rules-all = { $count ->
    [one] La règle en vigueur a été acceptée par les deux lors de cette séance.
   *[other] Les { $count } règles en vigueur ont toutes été acceptées par les deux lors de cette séance.
}
doc-notes-rules-some = { $count ->
    [one] 1 règle en vigueur
   *[other] { $count } règles en vigueur
} ; { $both } acceptée(s) par les deux lors de cette séance.
doc-notes-rule-agreed-by = acceptée par { $name } seulement
doc-notes-rule-not-agreed = pas acceptée lors de cette séance
doc-notes-risk = Risque
doc-notes-risk-none = Aucun relevé.
doc-notes-concerns = Inquiétudes : { $words }
doc-notes-confidentiality = Confidentialité : { $policy } (convenue le { $date }).
doc-notes-timeouts = Temps morts
doc-notes-timeout = { $time } · demandé par { $by } · { $reason } · { $length }
doc-notes-timeout-early = { $time } · demandé par { $by } · { $reason } · { $length } (terminé plus tôt)
doc-notes-by-therapist = le ou la thérapeute
doc-notes-flooding = submergé
doc-notes-short-break = courte pause
doc-notes-other-reason = autre
doc-notes-new-agreements = Nouveaux engagements
doc-notes-new-agreement = { $who } : { $what } — { $when }
doc-notes-we-know = Comment nous le saurons : { $evidence }
doc-notes-notes = Notes ({ $format })
doc-notes-earlier-format = { $section } (d'un format précédent)
doc-notes-step-notes = Notes sur les étapes guidées
doc-notes-quick = Notes rapides
doc-notes-marked = (moment marqué)
doc-notes-none = Aucune note n'a été écrite.
doc-notes-written-after = Notes modifiées pour la dernière fois après la séance, le { $date } à { $time }.
doc-notes-signed = Signé électroniquement par { $by } le { $date } à { $time }.
doc-notes-addenda = Addenda
doc-notes-added = Ajouté le { $date } à { $time }

## Les notes de séance : la chronologie en annexe
doc-notes-timeline = Annexe : chronologie
doc-notes-undone = { $what } (annulé)
doc-notes-the-floor = La parole
doc-notes-run-going = { $who } : un tour en cours, { $length }
doc-notes-run = { $who } : { $count ->
    [one] 1 tour
   *[other] { $count } tours
}, { $length }
doc-event-started = Séance commencée
doc-event-phase = Phase : { $title }
doc-event-rated = { $name } a noté la semaine { $score }/10
doc-event-csi = { $name } a répondu { $answer } à la question de satisfaction { $question }
doc-event-reviewed = Engagement revu, { $outcome } : { $what }
doc-event-reviewed-unknown = Engagement revu : { $outcome }
doc-event-stopped = Engagement arrêté
doc-event-rule-added = Règle ajoutée : { $rule }
doc-event-rules-replaced = Les règles de base sont devenues { $name }
doc-event-card = Carte montrée au couple : { $title }
doc-event-a-card = une carte
doc-event-rule-agreed = { $name } a accepté une règle
doc-event-floor = { $name } prend la parole
doc-event-paraphrase = Reformuler
doc-event-confirming = Confirmation de la reformulation
doc-event-response = La réponse de la personne qui écoute
doc-event-not-quite = « Pas tout à fait » : reformuler à nouveau
doc-event-accurate = Reformulation confirmée comme juste
doc-event-topic = Sujet : { $topic }
doc-event-paused = Minuteur en pause
doc-event-resumed = Minuteur relancé
doc-event-timeout = Temps mort demandé par { $by } ({ $reason }), { $length }
doc-event-timeout-early = Temps mort terminé plus tôt
doc-event-timeout-over = Temps mort terminé
doc-event-timeout-changed = Temps mort modifié : demandé par { $by } ({ $reason }), { $length }
doc-event-undone = Correction : annulé, { $what }
doc-event-redone = Correction : rétabli, { $what }
doc-event-agreement = Engagement pris : { $what }
doc-event-quick-note = Note rapide : { $text }
doc-event-next = Prochaine séance fixée au { $date }
doc-event-ended = Séance terminée
doc-event-clock-forward = L'horloge de l'ordinateur a été avancée de { $by } (les heures suivantes suivent la nouvelle horloge ; les durées ne sont pas touchées)
doc-event-clock-back = L'horloge de l'ordinateur a été reculée de { $by } (les heures suivantes suivent la nouvelle horloge ; les durées ne sont pas touchées)

## Le rapport d'évolution
doc-progress-header = Rapport d'évolution · { $names }
doc-progress-header-practice = { $practice } · Rapport d'évolution · { $names }
doc-progress-footer = { $names } · imprimé le { $date }
doc-progress-title = Rapport d'évolution — { $names }
doc-progress-heading = Rapport d'évolution
doc-progress-span = Séances communes { $first } à { $last }, du { $from } au { $to }
doc-progress-span-one = Séance commune { $number }, { $date }
doc-progress-span-none = Pas encore de séance commune
doc-progress-no-sessions = Pas encore de séance commune : les chiffres commencent avec la première.
doc-progress-satisfaction = Satisfaction (CSI-4)
doc-progress-cut-off = seuil { $score }
doc-progress-the-week-chart = La semaine, de 0 à 10
doc-progress-reviewed = Engagements revus
doc-progress-done = tenu
doc-progress-partly = en partie
doc-progress-not-done = pas tenu
doc-progress-timeouts = Temps morts
doc-progress-timeouts-key = temps morts
doc-progress-share = Part de { $name } dans le temps de parole
doc-progress-even-share = part égale
doc-progress-numbers = Les chiffres
doc-progress-numbers-key = La semaine et le CSI-4 : { $a } / { $b }. Engagements revus : tenu / en partie / pas tenu. Parole : part de { $a } dans le temps de parole des tours.
doc-progress-col-session = Séance
doc-progress-col-date = Date
doc-progress-col-week = La semaine
doc-progress-col-agreements = Engagements
doc-progress-col-talk = Parole
doc-progress-csi-note = CSI-4 : le Couples Satisfaction Index, forme à 4 questions (Funk & Rogge 2007), de 0 à { $max } ; un total inférieur à { $cutoff } suggère une détresse notable.
doc-progress-agreements = Engagements
doc-progress-none-yet = Aucun pour l'instant.
doc-progress-both = Les deux
doc-progress-not-reviewed = pas encore revu
doc-progress-reviews = bilans : { $outcomes }
doc-progress-agreement = { $who } : { $what } (de la séance { $number }) — { $reviews }
doc-progress-streak = { $count ->
    [one] tenu la dernière fois
   *[other] tenu { $count } fois de suite
}
doc-progress-stopped = arrêté

## Les mots du rapport d'évolution au couple, dans la langue du couple
doc-couple-small-wins = Le changement se mesure en petites réussites, et il suit rarement une ligne droite : une semaine difficile entre deux bonnes en fait partie.
doc-couple-kept = { $count ->
    [0] Pas encore tenus : le prochain pas est un premier petit pas.
    [one] Tenus une fois jusqu'ici.
   *[other] Tenus { $count } fois jusqu'ici, tous engagements confondus.
}

## Le cabinet : ce qu'il dit quand il refuse ou a fait quelque chose
doc-practice-read-only = Le cabinet dans { $folder } a été ouvert en lecture seule, donc rien n'a été modifié ; faites les modifications dans l'application Groundwork.
doc-practice-demo-folder = Impossible de créer un dossier pour le cabinet d'exemple : { $error }.
doc-practice-not-protected = le cabinet n'est pas protégé par une phrase secrète
doc-practice-demo-not-protected = Le cabinet d'exemple n'est pas protégé : il est supprimé à la fermeture de Groundwork.
doc-practice-close-session-first = Fermez d'abord la séance ouverte, puis protégez le cabinet.
doc-practice-passphrases-differ = Les deux phrases secrètes diffèrent ; rien n'a été modifié.
doc-practice-protected = Le cabinet est protégé : { $count ->
    [one] 1 fichier scellé
   *[other] { $count } fichiers scellés
}. Groundwork demande la phrase secrète à l'ouverture ; sans elle, personne ne peut lire ce cabinet, pas même vous : conservez-la en lieu sûr.
doc-practice-exports-moved = { $count ->
    [one] 1 PDF exporté auparavant a été déplacé
   *[other] { $count } PDF exportés auparavant ont été déplacés
} hors du dossier de données, vers { $folder }.
doc-practice-new-passphrases-differ = Les deux nouvelles phrases secrètes diffèrent ; rien n'a été modifié.
doc-practice-nothing-to-remember = Le cabinet n'est pas protégé par une phrase secrète : il n'y a rien à mémoriser.
doc-practice-not-remembered = Cet ordinateur n'a pas pu mémoriser la phrase secrète : { $why }.
doc-practice-remembered = Cet ordinateur mémorise la phrase secrète : Groundwork ouvre ce cabinet ici sans la demander. Il la demande toujours après un verrouillage, et sur tout autre ordinateur.
doc-practice-not-forgotten = Cet ordinateur n'a pas pu oublier la phrase secrète : { $why }.
doc-practice-forgotten = Cet ordinateur ne mémorise plus la phrase secrète : Groundwork la demande à l'ouverture de ce cabinet.
doc-practice-backup-passphrases-differ = Les deux phrases secrètes diffèrent ; rien n'a été écrit.
doc-practice-backed-up = { $count ->
    [one] 1 fichier sauvegardé
   *[other] { $count } fichiers sauvegardés
} ({ $size } Mo) dans { $file }, puis relus : la sauvegarde est complète.
doc-practice-no-restore-into-demo = Une sauvegarde ne se restaure pas dans le cabinet d'exemple.
doc-practice-restored = { $count ->
    [one] 1 fichier restauré
   *[other] { $count } fichiers restaurés
} depuis { $file } : { $couples ->
    [one] 1 couple
   *[other] { $couples } couples
}.
doc-practice-never-backed-up = Ce cabinet n'a jamais été sauvegardé.
doc-practice-backup-old = La dernière sauvegarde date de { $days } jours.
doc-practice-session-running = Une séance est déjà en cours ; terminez-la avant d'en commencer une autre.
doc-practice-couple-gone = Ce couple ne fait plus partie du cabinet.
doc-practice-no-protocol = Le protocole « { $id } » n'est pas disponible.
doc-practice-choose-partner = { $protocol } se fait avec un seul partenaire : choisissez d'abord lequel.
doc-practice-joint-session = { $protocol } est une séance commune ; pour un seul partenaire, choisissez la séance individuelle.
doc-practice-session-number = Séance { $number }
doc-practice-open-elsewhere = { $session } est ouverte sur { $on }, elle est donc en lecture seule ici ; ne la reprenez que si Groundwork ne tourne plus sur cet ordinateur.
doc-practice-no-session = Aucune séance n'est ouverte.
doc-practice-exports-folder = dossier d'exports de { $couple }
doc-practice-home-folder = ~ (votre dossier personnel)
doc-practice-no-documents-folder = Cet ordinateur n'a pas de dossier Documents ; choisissez où enregistrer.
doc-practice-too-many-copies = { $folder } contient déjà trop de copies de ce document.
doc-practice-no-progress-yet = Il n'y a pas encore de séance, donc pas d'évolution à imprimer.
doc-practice-inside-protected = { $file } se trouve dans le dossier du cabinet protégé, où rien de lisible n'est conservé ; enregistrez le PDF ailleurs, par exemple dans votre dossier Documents.
doc-practice-no-folder = Le dossier { $folder } n'existe pas ; choisissez un autre emplacement.
doc-practice-already-there = { $file } existe déjà ; choisissez un autre nom.

## La séance : pourquoi une action est refusée
doc-refuse-day-at = { $date } à { $time }
doc-refuse-timeout-ran-out = Le temps mort s'est terminé à { $time } ; demandez-en un nouveau si le couple a besoin de plus de temps.
doc-refuse-session-ended = La séance est terminée ; seules les notes peuvent encore être modifiées.
doc-refuse-signed-addendum = Les notes ont été signées le { $when } ; ajoutez plutôt un addendum daté.
doc-refuse-last-phase = C'est la dernière phase ; terminez la séance quand vous êtes prêt·e.
doc-refuse-no-phase = Il n'y a pas de phase { $number } ; cette séance en compte { $count }.
doc-refuse-not-to-review = Cet engagement ne fait pas partie des engagements à revoir.
doc-refuse-rating = La note d'accueil va de 0 à 10.
doc-refuse-csi-question = Les questions de satisfaction sont numérotées de 1 à 4.
doc-refuse-csi-answer = Cette réponse ne fait pas partie des réponses de la question.
doc-refuse-no-other-rules = Ce protocole n'a pas d'autre jeu de règles de base.
doc-refuse-no-card = Cette carte ne fait pas partie de ce protocole.
doc-refuse-too-many-rules = Un couple peut garder au plus { $count } règles de base.
doc-refuse-rule-twice = Cette règle est déjà dans la liste.
doc-refuse-confirming = { $speaker } confirme la reformulation : choisissez « juste » ou « pas tout à fait ».
doc-refuse-still-speaking = { $speaker } parle encore ; ensuite { $listener } reformule, puis { $speaker } confirme.
doc-refuse-still-paraphrasing = { $listener } reformule encore ; quand c'est fini, appuyez sur Suivant et { $speaker } confirme.
doc-refuse-already-confirmed = { $speaker } a déjà confirmé ; { $listener } termine son rôle d'écoute, puis appuyez sur Suivant.
doc-refuse-not-quite-when = « Pas tout à fait » vient après la reformulation de { $listener }.
doc-refuse-already-paused = Le minuteur est déjà en pause.
doc-refuse-not-paused = Le minuteur n'est pas en pause.
doc-refuse-confirming-untimed = La confirmation n'est pas minutée : il n'y a rien à prolonger.
doc-refuse-step-untimed = Cette étape n'est pas minutée : il n'y a rien à prolonger.
doc-refuse-stage-max = Une étape peut durer au plus { $length }.
doc-refuse-no-steps = Cette phase n'a pas d'étapes guidées.
doc-refuse-first-step = C'est la première étape.
doc-refuse-last-step = C'est la dernière étape ; passez à la phase suivante quand vous êtes prêt·e.
doc-refuse-phase-no-steps = La phase choisie n'a pas d'étapes guidées.
doc-refuse-no-step = Cette étape n'existe pas.
doc-refuse-timeout-running = Un temps mort est déjà en cours ; terminez-le ou prolongez-le.
doc-refuse-no-timeout = Aucun temps mort n'est en cours.
doc-refuse-timeout-max = Un temps mort peut durer au plus { $length }.
doc-refuse-nothing-to-undo = Il n'y a rien à annuler dans cette phase ; l'annulation remonte jusqu'au début de la phase.
doc-refuse-nothing-to-redo = Il n'y a rien à rétablir : rétablir reprend une annulation, jusqu'à l'action suivante.
doc-refuse-too-many-agreements = Une séance peut compter au plus { $count } engagements ; des engagements moins nombreux et plus petits fonctionnent mieux.
doc-refuse-earlier-agreement = Seuls les engagements pris lors de cette séance peuvent être modifiés ici ; les précédents sont revus (et peuvent être arrêtés) à l'accueil.
doc-refuse-no-section = Il n'y a pas de rubrique de notes appelée « { $section } ».
doc-refuse-next-before = La prochaine séance ne peut pas avoir lieu avant celle-ci.
doc-refuse-nobody-present = Au moins un partenaire était présent à la séance.
doc-refuse-already-signed = Les notes sont déjà signées, par { $by } le { $when }.
doc-refuse-sign-after-end = Terminez la séance avant d'en signer les notes.
doc-refuse-sign-no-name = Ajoutez votre nom dans les Réglages pour signer les notes.
doc-refuse-addendum-unsigned = Les notes ne sont pas encore signées : modifiez-les directement. Un addendum est réservé aux notes signées.
doc-refuse-addendum-empty = Écrivez d'abord l'addendum.
doc-refuse-one-way-pass = Dans cette phase, { $speaker } garde la parole tout du long et { $listener } écoute ; la parole ne passe pas.
doc-refuse-one-way = Dans cette phase, { $speaker } garde la parole tout du long et { $listener } écoute.
doc-refuse-go-to-dialogue = Cette phase n'a pas de tours de parole et d'écoute ; allez à « { $phase } » (phase { $number }) pour en commencer un.
doc-refuse-no-dialogue = Ce protocole n'a pas de phase de parole et d'écoute.
doc-refuse-in-timeout = Un temps mort est en cours jusqu'à { $time } ; reprenez quand le couple est de retour, ou terminez le temps mort plus tôt.
doc-refuse-timer-stopped-by-timeout = Un temps mort est en cours ; le minuteur est déjà arrêté et repart à la fin du temps mort.
doc-refuse-no-turn = Personne n'a la parole ; commencez d'abord un tour.
doc-refuse-no-timer = Aucun minuteur ne tourne dans cette phase.
doc-refuse-rule-gone = Cette règle de base n'est plus dans la liste.
doc-refuse-extra-not-positive = Le temps supplémentaire doit être supérieur à zéro ; { $asked } a été demandé.
doc-refuse-extra-too-long = Le temps supplémentaire peut être au plus de { $most } à la fois ; { $asked } a été demandé.
doc-refuse-timeout-length = Un temps mort dure entre { $least } et { $most } ; { $asked } a été demandé.
doc-refuse-no-day = Choisissez au moins un jour de la semaine.
doc-refuse-review-past = La date du bilan ne peut pas être dans le passé.

## Le dossier de données : ce qui n'a pas pu être écrit, et que faire
# Ce qui n'a pas pu se faire, sous la forme que prennent doc-store-full, -name-too-long et -failed.
doc-store-done-created = créé
doc-store-done-opened = ouvert
doc-store-done-read = lu
doc-store-done-saved = enregistré
doc-store-done-synced = écrit sur le disque
doc-store-done-repaired = réparé
doc-store-full-append = Le disque est plein, donc la dernière action n'a pas été enregistrée dans { $file } ; libérez de l'espace sur le disque, puis recommencez (tout ce qui a été enregistré avant est en sécurité).
doc-store-full = Le disque est plein, donc { $file } n'a pas pu être { $done } ; libérez de l'espace sur le disque, puis réessayez (tout ce qui a été enregistré avant est en sécurité).
doc-store-name-too-long = { $file } n'a pas pu être { $done } car son nom est trop long pour le disque ; choisissez un nom ou un dossier plus court, puis réessayez.
doc-store-not-allowed = Groundwork n'a pas le droit d'écrire dans { $file } ; vérifiez que le dossier vous appartient et n'est pas en lecture seule (ou choisissez un autre dossier de données avec --data-dir), puis réessayez.
doc-store-failed = { $file } n'a pas pu être { $done } ({ $error }) ; vérifiez que le disque est branché et fonctionne, puis réessayez (tout ce qui a été enregistré avant est en sécurité).
doc-store-already-exists = { $file } existe déjà, donc Groundwork ne l'écrasera pas ; utilisez un autre numéro de séance, ou sortez ce fichier du dossier et réessayez.
doc-store-bad-couple-id = « { $id } » ne peut pas servir de nom de dossier pour un couple (seulement des lettres, des chiffres, « - » et « _ », 64 au plus) : c'est un bogue de Groundwork, merci de le signaler.
doc-store-not-text = { $file } n'a pas pu être enregistré car son contenu n'a pas pu être écrit sous forme de texte ({ $message }) : c'est un bogue de Groundwork, merci de le signaler.
doc-store-journal-broken = { $file } ne peut plus être écrit en toute sécurité après une erreur précédente ; fermez la séance et rouvrez-la pour continuer (tout ce qui a été enregistré avant est en sécurité).
doc-store-changed = { $file } a changé pendant que Groundwork le réparait, il a donc été laissé tel quel ; vérifiez que Groundwork n'est pas ouvert deux fois, puis rouvrez la séance.
doc-store-locked = Groundwork est déjà ouvert sur ce cabinet ({ $folder }) { $place } ; utilisez cette fenêtre, ou fermez Groundwork là-bas et réessayez (rien n'a été modifié).
doc-store-needs-passphrase = Le cabinet dans { $folder } est protégé par une phrase secrète : déverrouillez-le d'abord (rien n'a été lu ni modifié).
doc-store-changed-elsewhere = { $file } a été modifié par un autre programme (Groundwork est-il ouvert deux fois ?), donc la dernière action n'a pas été enregistrée et le fichier a été laissé tel quel ; fermez l'autre Groundwork, puis rouvrez la séance (tout ce qui a été enregistré avant est en sécurité).
