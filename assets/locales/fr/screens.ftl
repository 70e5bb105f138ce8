# Les réglages, la sécurité, la confidentialité et l'évolution, et le côté console de l'écran du
# couple, dans la langue du ou de la thérapeute ; les noms des valeurs du dossier.

## Commun
screen-not-saved = Non enregistré. { $why }
# Formats de date de chrono (%-d le jour, %b/%B le mois, %a le jour de la semaine, %Y l'année).
screen-date-year = %-d %B %Y
screen-date-short-year = %-d %b %Y
screen-date-weekday-year = %a %-d %b %Y
screen-date-time = %-d %B %Y à %H:%M
# Entre les groupes de trois chiffres : une espace insécable.
screen-thousands-separator =  
screen-decimal-separator = ,
screen-percent = { $percent } %

## Vérification de la saisie. $what nomme le champ comme la phrase le demande (« le nom du cabinet »).
screen-text-enter = Veuillez saisir { $what }.
screen-text-write = Veuillez écrire { $what }.
screen-text-too-long = Trop long pour { $what } : { $max } caractères au maximum, ici il y en a { $count }.
screen-note-too-long = Cette note compte { $count } caractères ; la limite est de { $max }. Veuillez la diviser.

## Réglages
screen-settings-title = Réglages
screen-settings-back = Retour
screen-settings-save = Enregistrer les réglages
screen-settings-unsaved-title = Enregistrer les réglages modifiés ?
screen-settings-unsaved = Vous avez modifié des réglages sur cet écran sans les enregistrer.
screen-settings-save-and-back = Enregistrer et revenir
screen-settings-leave-unsaved = Ne pas enregistrer
screen-settings-keep-editing = Continuer à modifier
screen-settings-practice-name = Nom du cabinet
screen-settings-therapist-name = Votre nom
screen-settings-paper = Format du papier
screen-settings-note-format = Format des notes
screen-settings-protocol = Protocole proposé en premier
screen-settings-language = Langue
screen-settings-language-computer = Comme le système ({ $language })
screen-settings-theme = Thème
screen-settings-theme-computer = Comme le système
screen-settings-theme-light = Clair
screen-settings-theme-dark = Sombre
screen-settings-display = Écran du couple
screen-settings-dark-room = Pièce sombre
screen-settings-bright-room = Pièce claire
screen-settings-show-rules = Afficher les règles de base
screen-settings-chime = Signal sonore
screen-settings-chime-check = Son doux quand le temps d'une étape est écoulé
screen-settings-text-size = Taille du texte
screen-settings-text-size-of-normal = { $percent } % de la taille normale
screen-settings-data-folder = Dossier des données
screen-settings-lock-after = Verrouiller après
screen-settings-lock-after-note = d'inactivité, jamais pendant un tour ou un temps mort (0 : jamais ; Ctrl+L verrouille aussitôt)
screen-settings-timer-lengths = Durées des minuteurs
screen-settings-timer-lengths-note = Pour les séances que vous commencez désormais. Sans coche, la durée du modèle s'applique. Les protocoles eux-mêmes ne fixent aucune durée : chaque durée est un choix de ce cabinet.
screen-settings-documents = Sur les documents imprimés
screen-settings-documents-note = Les notes sont signées de votre nom et de votre titre ; la feuille d'exercices du couple vous nomme, indique comment vous joindre et se termine par où trouver de l'aide.
screen-settings-credentials = Titre professionnel
screen-settings-credentials-hint = p. ex. psychologue clinicienne
screen-settings-contact = Contact pour les couples
screen-settings-contact-hint = un numéro de téléphone ou une adresse e-mail
screen-settings-unsafe = Si quelqu'un ne se sent pas en sécurité
screen-settings-templates = Modèles de protocole
screen-settings-templates-note = Pour en adapter un, copiez-le depuis les modèles fournis dans { $folder } et modifiez-le ; gardez son identifiant pour remplacer le modèle fourni.
screen-settings-template-line = · environ { $minutes } min · { $source }
screen-settings-what-practice = le nom du cabinet
screen-settings-what-therapist = votre nom
screen-settings-what-credentials = le titre professionnel
screen-settings-what-contact = le contact pour les couples
screen-settings-what-unsafe = la phrase pour qui ne se sent pas en sécurité

## Vos propres durées
screen-length-speaking = Parole
screen-length-paraphrasing = Reformulation
screen-length-flooding = Temps mort si submergé
screen-length-break = Courte pause
screen-length-own = { $length } : ma propre durée
screen-length-as-protocol = comme le fixe le protocole
screen-length-problem = { $length } : { $why }.
screen-length-seconds-range = { $value } s est hors limites : choisissez entre { $min } et { $max } secondes
screen-length-minutes-range = { $value } min est hors limites : choisissez entre 1 et { $max } minutes
screen-length-flooding-advice = Moins de 20 minutes : un corps submergé se calme rarement aussi vite. Le temps mort de Gottman dure au moins 20 minutes, et la feuille d'exercices du couple le dit.

## Chaque réglage, quand deux versions des réglages sont comparées
screen-setting-practice-name = Nom du cabinet
screen-setting-therapist = Thérapeute
screen-setting-credentials = Titre professionnel
screen-setting-contact = Contact pour le couple
screen-setting-unsafe = Si quelqu'un ne se sent pas en sécurité
screen-setting-paper = Papier
screen-setting-note-format = Format des notes
screen-setting-protocol = Protocole proposé en premier
screen-setting-theme = Thème
screen-setting-text-size = Taille du texte
screen-setting-speaking = Tour de parole
screen-setting-paraphrase = Reformulation
screen-setting-flooding = Temps mort (submergé)
screen-setting-break = Pause
screen-setting-display = Écran du couple
screen-setting-display-rules = Règles de base à l'écran
screen-setting-chime = Signal sonore
screen-setting-the-templates = celle du modèle
screen-setting-light = clair
screen-setting-dark = sombre
screen-setting-as-the-computer = comme le système
screen-setting-shown = affichées
screen-setting-hidden = masquées
screen-setting-on = activé
screen-setting-off = désactivé

## Le dossier d'un couple, quand deux versions sont comparées
screen-record-first-partner = Premier partenaire
screen-record-second-partner = Second partenaire
screen-record-next-session = Prochaine séance
screen-record-not-set = non fixée
screen-record-ground-rules = Règles de base
screen-record-agreements = Engagements
screen-record-agreements-running = { $count } ({ $running } en cours)
screen-record-sessions = Séances enregistrées
screen-record-up-to = jusqu'à la séance { $number }
screen-record-clinical = Dossier clinique
screen-record-ids = { $name } : { $ids }
screen-record-diagnosis = diagnostic { $code }
screen-ids-record = dossier { $number }
screen-ids-born = date de naissance { $date }

## Valeurs
screen-paper-a4 = A4
screen-paper-letter = Lettre US
screen-note-format-free = Texte libre
screen-section-notes = Notes
screen-section-subjective = Subjectif
screen-section-objective = Objectif
screen-section-assessment = Évaluation
screen-section-plan = Plan
screen-section-data = Données
screen-section-behaviour = Comportement
screen-section-intervention = Intervention
screen-section-response = Réponse
screen-outcome-done = fait
screen-outcome-partly = en partie
screen-outcome-not-done = pas fait
screen-timeout-flooding = submersion
screen-timeout-break = courte pause
screen-timeout-other = autre
screen-modality-in-person = en présentiel
screen-modality-telehealth = en téléconsultation
screen-service-both = séance de couple, les deux présents
screen-service-one = séance de couple, un seul partenaire présent

## Confidentialité et sauvegardes
screen-privacy-title = Confidentialité et sauvegardes
screen-privacy-sample = Le cabinet d'exemple n'est pas protégé par une phrase secrète et il est supprimé à la fermeture de Groundwork.
screen-privacy-protected-remembered = Ce cabinet est protégé : chaque fichier est scellé, et Groundwork demande la phrase secrète après un verrouillage.
screen-privacy-protected = Ce cabinet est protégé : chaque fichier est scellé, et Groundwork demande la phrase secrète à l'ouverture et après un verrouillage.
screen-privacy-current = Phrase secrète actuelle
screen-privacy-new = Nouvelle phrase secrète
screen-privacy-new-again = Nouvelle phrase secrète, à nouveau
screen-privacy-change = Changer la phrase secrète
screen-privacy-remembered = Cet ordinateur retient la phrase secrète (dans son trousseau) : Groundwork ouvre ce cabinet ici sans la demander. Il la demande toujours après un verrouillage.
screen-privacy-forget = Oublier la phrase secrète sur cet ordinateur
screen-privacy-can-remember = Sur un ordinateur auquel personne d'autre que vous ne se connecte, le trousseau peut retenir la phrase secrète : Groundwork s'ouvre alors sans la demander. Une copie du dossier ou une sauvegarde en a toujours besoin.
screen-privacy-remember = Retenir la phrase secrète sur cet ordinateur
screen-privacy-no-keychain = Cet ordinateur n'a pas de trousseau que Groundwork puisse utiliser : la phrase secrète est donc demandée à chaque ouverture.
screen-privacy-protect-note = Protégez ce cabinet par une phrase secrète : chaque fichier de son dossier est scellé, si bien qu'un portable perdu, un dossier copié ou un dossier dans le cloud ne montre rien. Sans la phrase secrète, personne ne peut le lire, pas même vous.
screen-privacy-protect = Protéger ce cabinet
screen-privacy-last-backup = Dernière sauvegarde : { $date }.
screen-privacy-no-backup = Pas encore de sauvegarde.
screen-privacy-back-up-to = Sauvegarder dans
screen-privacy-choose = Choisir…
screen-privacy-no-dialog = Cet ordinateur n'affiche pas de sélecteur de fichiers : saisissez le chemin.
screen-privacy-choose-place = Choisir l'emplacement de la sauvegarde
screen-privacy-backup-passphrase = Phrase secrète de la sauvegarde
screen-privacy-backup-passphrase-again = Phrase secrète de la sauvegarde, à nouveau
screen-privacy-back-up-now = Sauvegarder maintenant
screen-privacy-start-from-backup = Ou commencez ce cabinet à partir d'une sauvegarde faite avec Groundwork :
screen-privacy-backup-file = Fichier de sauvegarde
screen-privacy-choose-file = Choisir le fichier de sauvegarde
screen-privacy-restore-passphrase = Phrase secrète de la sauvegarde
screen-privacy-restore = Restaurer cette sauvegarde

## Évolution
screen-progress-empty = Rien à afficher pour l'instant : les chiffres commencent avec la première séance commune.
screen-progress-not-straight = Le changement suit rarement une ligne droite : une semaine difficile entre de bonnes en fait partie.
screen-progress-cut-off-key = - - seuil { $cutoff }
screen-progress-cut-off = seuil { $cutoff }
screen-progress-csi = Satisfaction (CSI-4)
screen-progress-week = La semaine, de 0 à 10
screen-progress-agreements = Engagements revus
screen-progress-timeouts = Temps morts
screen-progress-timeouts-bars = temps morts
screen-progress-even-key = - - part égale
screen-progress-even = égal
screen-progress-talk = Part de { $name } dans le temps de parole
screen-progress-wins = Engagements tenus jusqu'ici : { $count }.
screen-progress-streak = { $count ->
    [one] Un engagement en cours a été tenu une fois.
   *[other] Un engagement en cours a été tenu { $count } fois de suite.
}

## Sécurité et confidentialité
screen-safety-for-you = Pour vous uniquement : rien de ceci n'apparaît sur l'écran du couple ni sur la feuille d'exercices.
screen-safety-clear = dépistage fait pour les deux, aucune inquiétude
screen-safety-not-screened = pas encore de dépistage
screen-safety-one-not-screened = { $name } : pas encore de dépistage
screen-safety-flagged = { $name } : { $risk }
screen-safety-name-not-screened = { $name } : pas encore de dépistage
screen-safety-name = { $name } :
screen-safety-screened = dépistage le { $date }
screen-safety-screened-in-session = dépistage le { $date }, en tête-à-tête, séance { $number }
screen-safety-has-plan = · plan de sécurité
screen-safety-screen = Dépister { $name }
screen-safety-window = Dépistage de sécurité
screen-safety-screening-alone = Dépistage de { $name }, en tête-à-tête
screen-safety-how-to-ask = Posez les questions à { $name } sans l'autre partenaire dans la pièce (ni dans l'appel). Lisez chaque question telle quelle, cochez la réponse et ajoutez ce qui a été dit.
screen-safety-topic-answer = { $topic } : { $answer }
screen-safety-what-was-said = ce qui a été dit
screen-safety-topic-what-was-said = { $topic } : ce qui a été dit
screen-safety-judgement = Votre évaluation
screen-safety-no-concerns-check = Une réponse est « oui » ou « refusé » : est-ce bien « aucune inquiétude » que vous voulez dire ?
screen-safety-plan = Plan de sécurité
screen-safety-safe-word = Mot de sécurité
screen-safety-safe-word-hint = signifie : je ne peux pas parler sans danger maintenant
screen-safety-where-to-go = Où aller
screen-safety-where-to-go-hint = chez un ami, un foyer d'accueil, comment s'y rendre
screen-safety-emergency-contacts = Contacts d'urgence
screen-safety-contacts = Contacts
screen-safety-contacts-hint = personnes et numéros, le numéro d'urgence local
screen-safety-telehealth = Lieu en téléconsultation
screen-safety-telehealth-hint = l'adresse où envoyer de l'aide
screen-safety-notes = Notes
screen-safety-save = Enregistrer le dépistage de { $name }
screen-safety-cancel = Annuler le dépistage
screen-safety-mark-one = Cochez la réponse à au moins une question (ou « refusé »).
screen-safety-what-safe-word = le mot de sécurité
screen-safety-what-where-to-go = le lieu où aller
screen-safety-what-contacts = les contacts d'urgence
screen-safety-what-telehealth = le lieu en téléconsultation
screen-safety-no-policy = Aucune règle de confidentialité enregistrée pour l'instant
screen-safety-policy-note = Ce qu'il advient de ce qu'un partenaire vous confie en privé. Figure dans les notes de séance.
screen-safety-no-secrets = Pas de secrets
screen-safety-limited-secrets = Secrets limités
screen-safety-other-policy = Autre
screen-safety-policy-words = La règle dans vos propres mots
screen-safety-agreed-on = Convenue le
screen-safety-date-hint = AAAA-MM-JJ
screen-safety-save-policy = Enregistrer la règle
screen-safety-what-policy = la règle
screen-safety-write-policy = Écrivez la règle dans vos propres mots, ou choisissez-en une.
screen-safety-date-format = Le jour de l'accord s'écrit AAAA-MM-JJ, par exemple 2026-11-03.
screen-safety-date-future = Le jour de l'accord ne peut pas être postérieur à aujourd'hui.
screen-answer-not-asked = pas posée
screen-answer-no = non
screen-answer-yes = oui
screen-answer-declined = refusé
screen-risk-none = aucune inquiétude
screen-risk-concerns = inquiétudes
screen-risk-not-advised = séances communes déconseillées
screen-policy-no-secrets = pas de secrets
screen-policy-limited-secrets = secrets limités
screen-policy-agreed = Confidentialité : { $policy }, convenue le { $date }
screen-warning-not-screened-one = { $name } n'a pas encore fait l'objet d'un dépistage des violences ou de la peur à la maison. { $protocol } demande à chaque partenaire de s'ouvrir sur des blessures profondes : faites d'abord le dépistage de chaque partenaire seul, en séance individuelle ou de votre côté.
screen-warning-not-screened-both = { $first } et { $second } n'ont pas encore fait l'objet d'un dépistage des violences ou de la peur à la maison. { $protocol } demande à chaque partenaire de s'ouvrir sur des blessures profondes : faites d'abord le dépistage de chaque partenaire seul, en séance individuelle ou de votre côté.
screen-warning-concerns = Le dépistage de { $name } a relevé des inquiétudes. { $protocol } demande à chaque partenaire de s'ouvrir sur des blessures profondes : vérifiez le plan de sécurité avant de commencer.
screen-warning-not-advised = Le dépistage de { $name } a conclu que les séances communes sont déconseillées. { $protocol } demande à chaque partenaire de s'ouvrir sur des blessures profondes : vérifiez le plan de sécurité avant de commencer.

## Les questions du dépistage (nos propres mots, aucun instrument sous licence)
screen-question-hurt-text = Au cours de l'année écoulée, y a-t-il eu de la part de votre partenaire des bousculades, des empoignades, des gifles, des coups ou toute autre violence physique envers vous ?
screen-question-hurt-topic = Violence physique
screen-question-hurt-note = la note sur la violence physique
screen-question-threats-text = Est-ce que votre partenaire a menacé de vous faire du mal, de faire du mal à vos enfants ou à un animal, ou de se faire du mal ?
screen-question-threats-topic = Menaces
screen-question-threats-note = la note sur les menaces
screen-question-afraid-text = Vous arrive-t-il d'avoir peur de votre partenaire, ou de ce qui pourrait se passer à la maison si vous parlez ouvertement ici ?
screen-question-afraid-topic = Peur
screen-question-afraid-note = la note sur la peur
screen-question-control-text = Est-ce que votre partenaire décide, contre votre volonté, où vous allez ou qui vous voyez, ou contrôle votre téléphone ou votre argent ?
screen-question-control-topic = Contrôle
screen-question-control-note = la note sur le contrôle
screen-question-forced-text = Est-ce que votre partenaire a déjà exercé une pression ou une contrainte pour obtenir de vous un contact sexuel que vous ne vouliez pas ?
screen-question-forced-topic = Rapports sexuels forcés
screen-question-forced-note = la note sur les rapports sexuels forcés
screen-question-own-text = Au cours de l'année écoulée, avez-vous bousculé, frappé ou menacé votre partenaire ?
screen-question-own-topic = Violence exercée
screen-question-own-note = la note sur la violence exercée
screen-question-worse-text = Les disputes, la peur ou la violence sont-elles devenues plus fréquentes ou plus graves ces derniers temps ?
screen-question-worse-topic = Aggravation
screen-question-worse-note = la note sur l'aggravation
screen-question-weapon-text = Y a-t-il une arme à feu ou une autre arme à la maison ?
screen-question-weapon-topic = Armes
screen-question-weapon-note = la note sur les armes
