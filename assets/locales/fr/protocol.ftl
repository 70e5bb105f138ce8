# Les termes des protocoles dans la langue du ou de la thérapeute.

## Types de phase
kind-check-in = Accueil
kind-ground-rules = Règles de base
kind-speaker-listener = Qui parle / qui écoute
kind-guided-steps = Étapes guidées
kind-homework = Engagements
kind-closing = Clôture

## Les étapes de la personne qui écoute
step-paraphrase = Reformulation
step-mirror = Reflet
step-summary = Résumé
step-validation = Validation
step-empathy = Empathie

## Ce que fait la personne qui écoute, après son prénom : « Kai reformule »
doing-paraphrase = reformule
doing-mirror = reflète
doing-summary = résume
doing-validation = valide
doing-empathy = imagine les sentiments

## Ce que « Annuler » défait : « Annuler : reformulation d'Emma confirmée »
undo-rating = note de { $name } : { $score }/10
undo-csi-answer = réponse de { $name } à la question de satisfaction { $item }
undo-reviewed = engagement évalué : { $outcome }
undo-agreement-stopped = engagement arrêté
undo-agreement-kept = engagement maintenu
undo-rule-added = règle ajoutée
undo-rules-replaced = règles remplacées par { $rules }
undo-rule-changed = règle modifiée
undo-rule-removed = règle supprimée
undo-rule-agreed = { $name } accepte une règle
undo-rule-agreement = accord de { $name } sur une règle
undo-took-floor = { $name } a pris la parole
undo-step-started = { $step } de { $listener } commencé(e)
undo-response = réponse
undo-step = { $step } de { $listener }
undo-step-finished = { $step } de { $listener } terminé(e)
undo-not-quite = « pas tout à fait » pour la reformulation de { $listener }
undo-confirmed = reformulation de { $listener } confirmée
undo-turn-stopped = tour de { $speaker } arrêté
undo-timer-paused = minuteur en pause
undo-timer-resumed = minuteur relancé
undo-more-time = { $time } de plus
undo-to-step = passage à l'étape { $step }
undo-timeout-called = temps mort demandé
undo-timeout-longer = temps mort prolongé de { $time }
undo-the-therapist = le ou la thérapeute
undo-timeout-set = temps mort attribué à { $who }, { $reason }
undo-timeout-ended = temps mort terminé plus tôt
undo-agreement-added = engagement ajouté : { $agreement }
undo-agreement-changed = engagement modifié
undo-agreement-removed = engagement supprimé
undo-last-step = la dernière étape
undo-floor-passed = la parole est passée à { $name }
undo-all-rules = { $name } accepte toutes les règles
