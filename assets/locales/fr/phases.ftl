# The console's phase panels in the therapist's language: check-in, ground rules, homework,
# closing.
# Les phases de la console dans la langue du ou de la thérapeute : accueil, règles de base,
# exercices, clôture.

## Communs
phase-edit = Modifier
phase-remove = Retirer
phase-cancel = Annuler
phase-owner-both = { $a } et { $b }
phase-agreement-line = { $who } : { $what }
phase-outcome-done = fait
phase-outcome-partly = en partie
phase-outcome-not-done = pas fait

## Les dates (strftime de chrono)
phase-date-long = %A %-d %B %Y
phase-date-full = %-d %B %Y
phase-date-day-month = %-d %B
phase-date-hint = AAAA-MM-JJ
phase-date-empty = Saisissez la date sous la forme AAAA-MM-JJ, par exemple { $example }.
phase-date-invalid = « { $text } » n'est pas une date ; saisissez-la sous la forme AAAA-MM-JJ, par exemple { $example }.
phase-date-too-early = Le { $date } précède cette séance ; choisissez une date plus tardive.

## Saisi, mais pas encore enregistré
phase-unrecorded-agreement-change = une modification d'engagement, pas encore enregistrée
phase-unrecorded-agreement-new = un engagement en cours de rédaction, pas encore ajouté
phase-unrecorded-comment = le commentaire sur l'engagement { $id }
phase-unrecorded-rule-new = une règle de base en cours de saisie, pas encore ajoutée
phase-unrecorded-rule-change = une modification de règle de base, pas encore enregistrée
phase-unrecorded-next-date = la date de la prochaine séance

## Comment un engagement est décrit
phase-when-daily = tous les jours
phase-when-weekdays = chaque { $days }
phase-when-weekly = une fois par semaine
phase-when-weekly-on = une fois par semaine, le { $day }
phase-terms-we-know = nous le saurons : { $evidence }
phase-terms-review-on = bilan le { $date }
phase-terms-review-next = bilan à la prochaine séance

## Accueil
phase-checkin-week = La semaine
phase-checkin-week-question = Comment s'est passée la semaine, de 0 (très difficile) à 10 (très bien) ?
phase-checkin-rating-name = { $name } : { $score }
phase-checkin-not-rated = pas noté
phase-checkin-homework = Exercices de la dernière fois
phase-checkin-nothing-to-review = Aucun engagement à revoir : aucun n'était en cours après la dernière séance.
phase-checkin-reviewed = { $reviewed } sur { $total } { $reviewed ->
    [one] revu
   *[other] revus
}. Les progrès se mesurent en petites victoires.
phase-checkin-last-review = Dernier bilan ({ $date }) : { $outcome }
phase-checkin-last-review-comment = Dernier bilan ({ $date }) : { $outcome } : « { $comment } »
phase-checkin-done = Fait
phase-checkin-partly = En partie
phase-checkin-not-done = Pas fait
phase-checkin-comment = Commentaire
phase-checkin-comment-hint = Ce qui a aidé, ce qui a fait obstacle
phase-checkin-choose-outcome = Choisissez fait, en partie ou pas fait pour enregistrer le commentaire.
phase-checkin-stop = Arrêter cet engagement (tenu, ou plus souhaité)
phase-checkin-stop-hover = Il ne sera plus revu à la prochaine séance.
phase-checkin-stops = S'arrête après aujourd'hui ; il reste dans l'historique du couple.

## Le CSI-4 (questions et réponses restent en anglais : il faut une traduction validée)
phase-csi-heading = Satisfaction (CSI-4) · { $totals }
phase-csi-not-asked = pas demandé
phase-csi-total = { $score } sur { $max }
phase-csi-intro = Quatre questions auxquelles chaque partenaire répond pour lui-même ; un total inférieur à { $cutoff } suggère une détresse notable. Posez-les à tour de rôle, ou laissez chacun répondre sans que l'autre entende.
phase-csi-back = Revenir à la séance sur l'écran
phase-csi-ask = Interroger { $name } sur l'écran du couple
phase-csi-ask-hover = L'écran passe à cette personne : elle y répond seule et ne voit les réponses de personne d'autre
phase-csi-answering = { $name } répond sur l'écran du couple ; son total s'affiche ici une fois les quatre réponses données.
phase-csi-answer-name = { $name }, question { $number } : { $answer }
phase-csi-result-below = { $name } : { $score } sur { $max }, sous le seuil de détresse ({ $cutoff })
phase-csi-result-above = { $name } : { $score } sur { $max }, au-dessus du seuil de détresse ({ $cutoff })

## Règles de base
phase-rules-need-rule = Veuillez écrire la règle.
phase-rules-too-long = Une règle peut compter au plus { $max } caractères ; celle-ci en a { $count }.
phase-rules-too-many = Un couple peut garder au plus { $max } règles de base.
phase-rules-duplicate = Cette règle est déjà dans la liste.
phase-rules-agree-all = { $name } accepte tout
phase-rules-none-yet = Pas encore de règles de base. Ajoutez ci-dessous les règles que { $a } et { $b } veulent respecter.
phase-rules-all-agreed = { $a } et { $b } ont accepté toutes les règles.
phase-rules-status = { $a } a accepté { $a_count } { $a_count ->
    [one] règle
   *[other] règles
} sur { $total } ; { $b }, { $b_count } sur { $total }.
phase-rules-agreed-by-both = Acceptée par les deux
phase-rules-agreed-before = Acceptée par les deux le { $date }
phase-rules-agrees = { $name } accepte
phase-rules-remove-question = Retirer cette règle des règles du couple ?
phase-rules-remove = Retirer la règle
phase-rules-keep = La garder
phase-rules-add-label = Ajouter une règle
phase-rules-add-hint = p. ex. Nous parlons d'argent le week-end
phase-rules-add = Ajouter
phase-rules-wording = Formulation de la règle
phase-rules-reword-note = Changer la formulation demande aux deux partenaires de l'accepter à nouveau.
phase-rules-save = Enregistrer la règle
phase-rules-other = Ou { $name }
phase-rules-use-other = Utiliser plutôt { $name }
phase-rules-use-other-hover = Remplace les règles ci-dessus ; les deux partenaires acceptent les nouvelles. Annuler rétablit les anciennes.

## Exercices
phase-homework-intro = Petit, concret, vérifiable : dans les mots du partenaire, pas un serment.
phase-homework-added = Engagement ajouté.
phase-homework-saved = Modifications enregistrées.
phase-homework-none-yet = Pas encore d'engagement dans cette séance.
phase-homework-agreed-count = Convenus dans cette séance ({ $count })
phase-homework-being-edited = En cours de modification ci-dessus
phase-homework-suggestions = Suggestions
phase-homework-suggestion-taken = « { $title } » est dans le formulaire : adaptez-le aux mots du couple.
phase-homework-new-heading = Nouvel engagement
phase-homework-change-heading = Modifier l'engagement
phase-homework-who = Qui
phase-homework-both = Les deux
phase-homework-what = Quoi, dans leurs propres mots
phase-homework-what-hint-both = Nous dînerons ensemble sans téléphone
phase-homework-what-hint-one = Je partagerai mon emploi du temps chaque matin
phase-homework-need-what = Veuillez écrire ce qui sera fait.
phase-homework-what-too-long = Ce qui sera fait peut compter au plus { $max } caractères ; ce texte en a { $count }.
phase-homework-when = Quand
phase-homework-every-day = Tous les jours
phase-homework-chosen-days = Certains jours
phase-homework-once-a-week = Une fois par semaine
phase-homework-any-day = N'importe quel jour
phase-homework-choose-day = Choisissez au moins un jour de la semaine.
phase-homework-anchor = Habitude d'ancrage : quand cela se fait
phase-homework-anchor-hint = après le petit-déjeuner
phase-homework-anchor-too-long = L'habitude d'ancrage peut compter au plus { $max } caractères ; celle-ci en a { $count }.
phase-homework-evidence = Comment nous saurons que c'est fait
phase-homework-evidence-hint = un message dans l'agenda partagé
phase-homework-evidence-too-long = « Comment nous le saurons » peut compter au plus { $max } caractères ; ce texte en a { $count }.
phase-homework-review = Bilan
phase-homework-review-next = À la prochaine séance
phase-homework-review-next-on = À la prochaine séance ({ $date })
phase-homework-review-on-date = À une date
phase-homework-review-date = Date du bilan
phase-homework-save = Enregistrer
phase-homework-add = Ajouter l'engagement
phase-homework-cancel-editing = Annuler la modification
phase-homework-clear = Vider le formulaire

## Clôture
phase-closing-from-to = de { $start } à { $end } ({ $length })
phase-closing-so-far = commencée à { $start }, { $length } jusqu'ici
phase-closing-heading = Séance { $number } · { $template } · { $when }
phase-closing-next-session = Prochaine séance
phase-closing-next-date = Date de la prochaine séance
phase-closing-set-date = Fixer la date
phase-closing-clear-date = Effacer la date
phase-closing-next-on = Prochaine séance : { $date }
phase-closing-printed = Figure sur la feuille d'exercices du couple.
phase-closing-ended = La séance s'est terminée à { $time }.
phase-closing-ended-unsigned = La séance s'est terminée à { $time }. Des notes peuvent encore être ajoutées jusqu'à leur signature.
phase-closing-end = Terminer la séance
phase-closing-dialogue = Qui parle, qui écoute
phase-closing-no-turns = Aucun tour de parole dans cette séance.
phase-closing-turns = Tours
phase-closing-talk-time = Temps de parole
phase-closing-paraphrasing = Reformulation
phase-closing-share = Part du temps de parole : { $a } { $a_share } %, { $b } { $b_share } %.
phase-closing-not-quite = { $count ->
    [one] { $count } reformulation a dû être reprise.
   *[other] { $count } reformulations ont dû être reprises.
}
phase-closing-check-in = Accueil
phase-closing-week = La semaine : { $ratings }
phase-closing-reviewed = Exercices revus : { $reviewed } sur { $total } (fait : { $done }, en partie : { $partly }, pas fait : { $not_done }).
phase-closing-timeouts = Temps morts
phase-closing-no-timeouts = Aucun temps mort.
phase-closing-by-you = vous
phase-closing-reason-flooding = submersion
phase-closing-reason-break = courte pause
phase-closing-reason-other = autre
phase-closing-ended-early = { $lasted } (prévu { $planned }, terminé plus tôt)
phase-closing-timeout = { $time }  demandé par { $who } · { $reason } · { $how }
phase-closing-timeout-running = { $time }  demandé par { $who } · { $reason } · en cours, retour à { $back }
phase-closing-agreements = Nouveaux engagements
phase-closing-no-agreements = Aucun nouvel engagement.
phase-closing-rules = Règles de base
phase-closing-no-rules = Aucune règle de base.
phase-closing-rules-agreed = { $both ->
    [one] { $both } règle sur { $total } acceptée par les deux.
   *[other] { $both } règles sur { $total } acceptées par les deux.
}
phase-closing-rule-both = acceptée par les deux
phase-closing-rule-only = { $name } seulement
phase-closing-rule-none = pas encore acceptée
