# Ce que le couple lit : l'écran du couple et la feuille d'exercices.

## L'écran du couple
display-welcome = Bienvenue
display-welcome-note = Prenez une respiration ; nous commençons dans un instant.
display-thanks = Merci à vous deux
display-ended = La séance est terminée.
display-break = Pause — retour à { $time }
display-timeout = Temps mort
display-calming = Inspirez lentement sur quatre temps … et expirez sur six.
display-flooded = Allez chacun dans un endroit différent et apaisez-vous, sans ressasser.
display-back-upset = Il est temps de vous retrouver, même si vous êtes encore contrariés : dites-le, et demandez plus de temps si vous en avez besoin.
display-back = Il est temps de vous retrouver.
display-floor-next = { $name } aura la parole ensuite
display-paused = En pause
display-over-time = Le temps est écoulé — terminez votre pensée
display-talk-time = Temps de parole
display-more-rules = { $count ->
    [one] et une autre
   *[other] et { $count } autres
}

## À qui le tour
turn-speaking = { $speaker } parle
turn-confirm-mirror = { $speaker } : est-ce que { $listener } a bien compris ? Y a-t-il autre chose ?
turn-confirm = { $speaker } : était-ce juste ?
turn-summary = { $listener }, à vous de résumer
turn-validation = { $listener }, dites en quoi le point de vue de { $speaker } a du sens
turn-empathy = { $listener }, imaginez ce que ressent { $speaker }
turn-mirror = { $listener }, à vous de refléter
turn-paraphrase = { $listener }, à vous de reformuler

## Pour commencer, celui qui écoute
opening-paraphrase = « Ce que je t'entends dire, c'est … »
opening-mirror = « Si j'ai bien compris, tu dis … Est-ce que j'ai bien compris ? Y a-t-il autre chose ? »
opening-summary = « Voyons si j'ai bien tout saisi … »
opening-validation = « Ça a du sens pour moi, parce que … »
opening-empathy = « J'imagine que tu te sens peut-être … Est-ce bien ça ? »

## La feuille d'exercices
sheet-title = Nos engagements pour cette semaine
sheet-name = Feuille d'exercices
sheet-from-session = { $couple } · de notre séance du { $date }
sheet-next = Prochaine séance : { $date }
sheet-next-open = Prochaine séance : à fixer
sheet-wins = { $count ->
    [one] Nos réussites jusqu'ici : un engagement tenu
   *[other] Nos réussites jusqu'ici : { $count } engagements tenus
}
sheet-none = Pas de nouvel engagement cette fois. Continuez ce qui fonctionne.
sheet-what-we-agreed = Ce que nous avons convenu
sheet-doc-title = Feuille d'exercices — { $couple }, séance { $number }
sheet-footer = { $couple } · séance { $number }
sheet-both = Nous deux
sheet-we-know = Nous le saurons : { $evidence }
sheet-still-going = Toujours en cours, depuis la séance { $number }
sheet-week-of = semaine du
sheet-notes = Nos notes
sheet-rules = Nos règles de base
sheet-hard = Quand c'est difficile
sheet-timeout-1 = Chacun de nous peut dire « J'ai besoin d'un temps mort. » Sans reproche, sans dernier mot.
sheet-timeout-2 = Submergés ? Dire quand nous reviendrons, puis aller chacun de son côté au moins 20 minutes ; revenir dans les 24 heures.
sheet-timeout-3 = S'apaiser, ne pas ressasser : marcher, respirer, écouter de la musique.
sheet-timeout-4 = Revenir comme convenu, même encore contrariés, et demander plus de temps si nécessaire.
sheet-start-again = Recommencer en douceur :
sheet-formula = « Je me sens … à propos de … et j'ai besoin de … »
sheet-setbacks = Les rechutes sont normales : guérir n'est pas une ligne droite.
sheet-agreed = Nous avons convenu de ceci ensemble :
sheet-unsafe = Si l'un de vous ne se sent pas en sécurité à la maison, appelez le numéro d'urgence local, puis dites-le-nous.
sheet-date = Date

## À quelle fréquence
when-daily = tous les jours
when-weekdays = chaque { $days }
when-weekly = une fois par semaine
when-weekly-on = une fois par semaine, le { $day }
list-and = { $first } et { $last }

## Les dates
date-long = %A %-d %B
date-day-month = %-d %b
date-month = %b

## Pages
page-of = page { $page } sur { $pages }

## Les règles de base proposées par les modèles
rule-1 = Pas de cris ni d'insultes.
rule-2 = Pas d'interruption : la personne qui parle termine avant que l'autre ne réponde.
rule-3 = Parler en « je » (« Je me sens … à propos de … et j'ai besoin de … ») plutôt que d'accuser avec des « tu ».
rule-4 = Chacun de nous peut demander un temps mort à tout moment, et l'autre le respecte.
rule-5 = Personne ne part en claquant la porte : si c'est trop, on demande plutôt un temps mort.
rule-6 = Téléphones rangés pendant la séance.
rule-7 = Un sujet à la fois.
rule-8 = Ce qui est dit ici ne sera pas utilisé comme une arme plus tard.

display-csi-title = { $name }, rien que pour vous
display-csi-intro = Quatre questions sur votre relation. Personne d’autre ne voit vos réponses ici.
display-csi-original = Les questions gardent leur formulation originale en anglais, pour que vos réponses restent comparables aux scores publiés.
display-csi-thanks = Merci, { $name }. Veuillez retourner l’écran.
display-csi-answer = { $name }, question { $number } : { $answer }
