# La console de séance dans la langue du thérapeute : le cadre, les notes, le dossier, les
# temps morts, le dialogue et les étapes guidées.

## Dates (strftime de chrono : %-d le jour, %B le mois, %Y l'année)
console-date-full = %-d %B %Y
console-date-day-month = %-d %B

## La barre du haut
console-leave = Quitter
console-leave-hover = Retour à la page du couple ; la séance reste ouverte.
console-undo = Annuler
console-undo-what = Annuler : { $what }
console-redo-what = Rétablir : { $what }
console-undo-hover = Annule la dernière étape (appuyez encore pour la précédente, jusqu'au début de cette phase). Le journal garde les deux, marqués comme correction.
console-undo-nothing = Rien à annuler dans cette phase.
console-session-ended = Séance terminée
console-end-session = Terminer la séance
console-keys = Touches
console-full-screen = Plein écran
console-full-screen-hover = L'écran du couple en plein écran, ou de nouveau en fenêtre (F sur l'écran).
console-card-put-away = Ranger la carte : { $title }
console-card-show = Montrer une carte
console-card-hover = Un court aide-mémoire pour le couple, sur son écran.
console-display-open = Écran du couple
console-display-close = Fermer l'écran du couple
console-display-hover = Une seconde fenêtre pour le couple : qui a la parole et le temps restant. Jamais vos notes.
console-timeout-end = Finir le temps mort
console-timeout = Temps mort
console-clock-hover = Temps écoulé depuis le début de la séance
console-alone = { $name } (séance individuelle)
console-screen = Dépistage avec { $name }
console-screen-hover = Le dépistage de sécurité, en tête-à-tête ; enregistré avec le numéro de cette séance
console-session-line = Séance { $number } · { $template }

## Le déroulé
console-agenda = Déroulé
console-agenda-hint = Cliquez sur une phase pour la consulter ; la séance reste où elle en est.
console-agenda-actual = { $actual } min, prévu { $planned }
console-agenda-planned = prévu { $planned } min
console-agenda-now = { $minutes } · en cours
console-confidentiality = Confidentialité
console-no-policy = Aucune règle enregistrée sur la page du couple
console-ground-rules = Règles de base

## La phase à l'écran
console-looking = Vous consultez la phase { $shown }. La séance en est à la phase { $phase } : { $current }.
console-running-in-phase = { $turn } : en cours dans la phase { $phase }
console-move-here = Passer la séance à la phase { $phase }
console-back-to-phase = Retour à la phase { $phase }
console-on-to-phase = Passer à la phase { $phase } : { $title }  →
console-on-to-phase-hover = Fait avancer la séance (avec confirmation si un tour est en cours).
console-turns-preview = Qui parle et qui écoute alternent : { $speak } pour parler, { $paraphrase } pour reformuler.
console-turns-move-here = Amenez la séance à cette phase pour commencer les tours.
console-steps-move-here = Amenez la séance à cette phase pour parcourir les étapes.

## Après la séance
console-summary = Résumé de la séance
console-print-homework = Imprimer la feuille d'exercices (PDF)
console-print-notes = Imprimer les notes de séance (PDF)
console-print-timeline = Notes avec la chronologie (PDF)

## Questions
console-end-session-title = Terminer la séance ?
console-end-session-text = Les minuteurs s'arrêtent et la séance est enregistrée dans l'historique du couple. Vous pourrez encore terminer vos notes ensuite.
console-end-session-yes = Terminer la séance maintenant
# $name est le nom du temps mort (« la pause de Sophie ») ; $capitalised le même, avec une majuscule.
console-end-timeout-title = Terminer { $name } { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} plus tôt ?
console-end-timeout-text = { $capitalised } dure encore { $time }. Le minuteur du tour reprendra là où il s'était arrêté.
console-end-timeout-yes = Terminer maintenant
console-leave-step-timer = Le minuteur d'une étape tourne.
console-leave-timeout = Un temps mort est en cours jusqu'à { $time } ; il se termine tout seul.
console-not-recorded = Pas encore enregistré : { $what }.
console-leave-text = { $lines } La séance reste ouverte ; vous pourrez y revenir depuis la page du couple.
console-leave-title = Quitter la séance ?
console-leave-pause = Mettre en pause et quitter
console-leave-yes = Quitter la séance
console-leave-running = Laisser tourner
console-move-title = Passer à la phase { $phase } : { $title } ?
console-move-text = { $turn }. Passer à la suite termine ce tour ; son temps jusqu'ici est conservé.
console-move-yes = Continuer
console-not-now = Pas maintenant
console-question-keys = { $confirm } : { $yes } · { $cancel } : pas maintenant

## Les touches
console-keys-hint = Elles fonctionnent dès que vous n'écrivez pas dans un champ de texte.
console-keys-repeat = Une touche maintenue n'agit qu'une fois, et une seconde pression dans les 300 ms compte comme la même.
console-close = Fermer

## Un tour en cours, en mots
console-turn-words-confirming = { $speaker } confirme
console-turn-left = { $turn }, encore { $time }
console-turn-over = { $turn }, { $time } de dépassement
console-doing-paraphrase = { $listener } reformule
console-doing-mirror = { $listener } reflète
console-doing-summary = { $listener } résume
console-doing-validation = { $listener } valide
console-doing-empathy = { $listener } imagine les émotions

## À qui le tour (au-dessus du compte à rebours)

## Pour commencer, qui écoute

## Le dialogue
console-topic = Sujet
console-topic-hint = de quoi parle ce dialogue
console-topic-unrecorded = le sujet du dialogue
console-nobody = Personne n'a la parole
console-speaks = { $name } parle
console-paused-timeout = En pause pour le temps mort
console-paused = En pause
console-over-time = Temps dépassé
console-attempt = reformulation, essai { $attempt }
console-stage-time = Temps utilisé dans cette étape
console-next-paraphrase = Suite : reformuler
console-next-mirror = Suite : refléter
console-next-summary = Suite : résumer
console-next-validation = Suite : valider
console-next-empathy = Suite : empathie
console-next-confirm = Suite : confirmer
console-understood = Compris — { $doing }
console-heard = Entendu — { $doing }
console-accurate-pass = Juste — { $listener } a la parole
console-accurate-again = Juste — { $speaker } continue
console-not-quite = Pas tout à fait
console-done-keeps = Terminé — { $speaker } garde la parole
console-done-pass = Terminé — { $listener } a la parole
console-resume = Reprendre
console-pause = Pause
console-more-seconds = 30 secondes de plus
console-there-is-more = Il y a autre chose — { $speaker } continue
console-accurate-goes-on = Juste, { $speaker } continue
console-accurate-stop = Juste, on s'arrête là
console-pass-floor = Donner la parole à { $listener }
console-stop-dialogue = Arrêter le dialogue
console-talk-time = Temps de parole
console-turns = { $count ->
    [one] { $count } tour
   *[other] { $count } tours
}

## Temps morts
console-flooded = Submersion : { $name }
console-short-break = Une courte pause
console-own-timeout = Votre propre temps mort
console-timeout-name-none = le temps mort
console-timeout-name-partner-break = la pause de { $name }
console-timeout-name-partner-timeout = le temps mort de { $name }
console-timeout-name-therapist-break = votre pause
console-timeout-name-therapist-timeout = votre temps mort
console-reason-flooding = submersion
console-reason-break = courte pause
console-reason-other = autre
console-timeout-title = Temps mort : tous les minuteurs sont arrêtés
console-timeout-who = Qui l'a demandé, et pourquoi ?
console-timeout-keep = Garder : { $reason }, { $length }
console-timeout-undo = Pas de temps mort finalement
console-called-by = demandé par { $name }
console-called-by-therapist = demandé par vous
console-timeout-back = Pause — retour à { $time }
console-timeout-spoken = Pause, { $left }
console-timeout-come-back = Il est temps de revenir
console-timeout-end-early = Finir le temps mort plus tôt
console-timeout-more = 5 minutes de plus
console-timeout-change = Changer qui ou pourquoi

## Étapes guidées
console-step-over = au-delà du temps prévu ({ $limit }) : continuez tant que cela aide
console-step-left = restant sur { $limit }
console-step-untimed = écoulé (étape sans durée)
console-no-steps = Cette phase n'a pas d'étapes guidées.
console-step-of = Étape { $step } sur { $count }
console-step-timeout = arrêté pour le temps mort
console-step-paused = en pause
console-step-previous = Étape précédente
console-step-next = Étape suivante
console-step-last = C'est la dernière étape : passez à la phase suivante quand vous le souhaitez.
console-step-notes = Notes sur cette étape
console-step-notes-hint = Ce qui vous a frappé ; elles vont dans votre note de séance
console-step-minutes = { $minutes } min
console-step-took = a pris { $time }
console-step-unrecorded = la note de l'étape { $step }

## Notes
console-notes = Notes
console-note-format = Format des notes
console-format-free = Texte libre
console-format-soap = SOAP
console-format-dap = DAP
console-format-birp = BIRP
console-notes-private = Pour vous uniquement : jamais montrées au couple ni imprimées sur sa feuille.
console-section-notes = Notes
console-section-subjective = Subjectif
console-section-objective = Objectif
console-section-data = Données
console-section-assessment = Évaluation
console-section-plan = Plan
console-section-behaviour = Comportement
console-section-intervention = Intervention
console-section-response = Réponse
console-hint-notes = Ce qui s'est passé pendant la séance, avec vos propres mots
console-hint-subjective = Ce que le couple a rapporté : préoccupations, émotions, sa semaine
console-hint-objective = Ce que vous avez observé : affect, interaction, escalade
console-hint-data = Ce qui a été dit et observé pendant la séance
console-hint-assessment = Votre regard clinique : schémas, progrès, risques éventuels
console-hint-plan = Prochaines étapes, exercices, prochain rendez-vous
console-hint-behaviour = Ce que chaque partenaire a fait et dit
console-hint-intervention = Ce que vous avez fait : techniques, exercices, accompagnement
console-hint-response = Comment le couple y a réagi
console-section-kept = { $section } (d'un format précédent)
console-section-kept-note = Les notes { $format } n'ont pas de section « { $section } ». Ce texte reste ici, et dans le PDF des notes, jusqu'à ce que vous le déplaciez.
console-move-into = Déplacer vers { $section }
console-move-into-hover = Ajoute ce texte à la fin de { $section }
console-section-unrecorded = la section { $section } de la note
console-quick-note = Note rapide
console-quick-note-hint = Un moment à retenir, avec l'heure
console-add-note = Ajouter
console-quick-note-too-long = Une note rapide peut compter au plus { $max } caractères ; celle-ci en a { $count }.
console-quick-notes-empty = Les notes horodatées ajoutées pendant la séance apparaissent ici.
console-bookmark = (marque-page)
console-signed-notes = Signé par { $by } le { $date } à { $time }. Tout ajout se fait dans un addendum, sous Clôture.
console-addendum-at = Addendum, { $date } à { $time }

## Pour le dossier
console-record = Pour le dossier
console-signature = Signature
console-present = Présents
console-held = Modalité
console-modality-in-person = en présentiel
console-modality-telehealth = à distance
console-service-code = Code de prestation
console-diagnosis-code = Code diagnostique
console-risk = Risque
console-risk-none = Rien à signaler
console-risk-concerns = Inquiétudes
console-risk-what = Nature des inquiétudes
console-sign-needs-name = Ajoutez votre nom et vos titres dans les Réglages pour signer les notes.
console-sign-note = Les notes non signées s'impriment comme brouillon. Une fois signées, elles sont verrouillées : tout ajout ultérieur est un addendum daté.
console-sign-start = Signer les notes…
console-sign-confirm = Signer ces notes en tant que { $signer } ?
console-sign = Signer les notes
console-signed = Signé électroniquement par { $by } le { $date } à { $time }.
console-addendum-line = Addendum, { $date } à { $time } : { $text }
console-addendum = Addendum
console-addendum-hint = Daté et imprimé après la signature
console-add-addendum = Ajouter l'addendum
console-addendum-unrecorded = un addendum
console-thousands = { "\u00A0" }
console-quick-notes-earlier = { $count ->
    [one] Une note rapide plus ancienne
   *[other] { $count } notes rapides plus anciennes
}
