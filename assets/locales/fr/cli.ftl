# Les messages de la ligne de commande, dans la langue du ou de la thérapeute : celle que
# choisissent les réglages du cabinet, ou celle de l'ordinateur (GROUNDWORK_LANG=fr l'emporte
# sur celle de l'ordinateur). Les mots de clap lui-même (« Usage », « Options ») restent en anglais.

## L'aide : à quoi sert chaque commande et chaque option
cli-about = Un compagnon de séance pour les thérapeutes de couple.
cli-help-data-dir = Le dossier de données (par défaut : le dossier de données du système)
cli-help-demo = Ouvrir une copie temporaire neuve d'un cabinet d'exemple ; vos vraies données ne sont jamais touchées
cli-help-passphrase-file = Lire la phrase secrète d'un cabinet protégé dans FILE (lisible par vous seul·e, mode 0600) au lieu de la demander dans le terminal : pour les scripts
cli-about-demo-data = Écrire un cabinet d'exemple dans DIR (sert aussi à créer de gros jeux de données pour les mesures de performance)
cli-help-sessions = Séances passées par couple
cli-about-export = Imprimer en PDF les notes d'une séance (pour le dossier), la fiche d'exercices du couple ou le rapport d'évolution du couple
cli-help-couple = Le couple, par son nom (« Sophie & Emma », ou le nom d'un des partenaires)
cli-help-session = Le numéro de la séance, ou « latest » pour la dernière
cli-help-out = Où écrire le PDF (un fichier existant n'est jamais remplacé)
cli-help-paper = Format du papier ; par défaut celui des Réglages
cli-help-timeline = Avec les notes : la chronologie de la séance en annexe
cli-help-lang = La langue du document (en, de, fr, es) ; par défaut celle du couple pour la fiche d'exercices, la vôtre pour les notes et le rapport d'évolution
cli-about-encrypt = Protéger le cabinet par une phrase secrète : chaque fichier du dossier de données est scellé (XChaCha20-Poly1305, clé issue d'argon2id). Une interruption est sans risque : le cabinet est alors soit tel qu'il était, soit protégé
cli-about-backup = Écrire tout le cabinet dans FILE sous forme d'une sauvegarde scellée (relue et vérifiée). La sauvegarde d'un cabinet protégé s'ouvre avec sa phrase secrète ; pour celle d'un cabinet non protégé, une phrase secrète propre est demandée
cli-about-restore = Restaurer une sauvegarde dans le dossier de données indiqué par --data-dir (un dossier nouveau ou vide)
cli-about-templates = Modèles de protocole
cli-about-templates-check = Vérifier les modèles et afficher chaque problème sous la forme `fichier:ligne:colonne: message`. Sans DIR : les modèles fournis et le dossier de vos propres modèles

## Ce que dit une commande
cli-no-data-folder = aucun dossier de données trouvé pour cet utilisateur ; indiquez-en un avec --data-dir DIR
cli-demo-sizes = utilisez entre 1 et 100 000 couples et au plus 1 000 séances chacun
cli-demo-not-empty = { $folder } contient déjà un cabinet ; choisissez un dossier vide pour que rien ne soit mélangé ni écrasé
cli-demo-written = { $couples ->
    [one] { $couples } couple
   *[other] { $couples } couples
} et { $sessions ->
    [one] { $sessions } séance écrits
   *[other] { $sessions } séances écrits
} dans { $folder } en { $seconds } s.
cli-demo-protected = Protégé par la phrase secrète : { $count } fichiers scellés.
cli-no-couple = aucun couple ne s'appelle « { $name } »
cli-several-couples = « { $name } » correspond à { $couples } ; utilisez les deux noms
cli-wrote = { $file } écrit ({ $count ->
    [one] 1 page
   *[other] { $count } pages
}).
cli-session-number = --session attend un numéro ou « latest », pas « { $session } »
cli-no-session = { $couple } n'a pas de séance { $session }
cli-file-unreadable = { $file } n'a pas pu être lu : { $error }
cli-file-not-private = { $file } est lisible par d'autres utilisateurs ; rendez-le lisible par vous seul·e (chmod 600 { $file }) et réessayez
cli-terminal = la phrase secrète n'a pas pu être lue dans le terminal ({ $error }) ; utilisez --passphrase-file FILE
# Les invites : la saisie suit après une espace.
cli-ask-new = Nouvelle phrase secrète pour ce cabinet :
cli-ask = Phrase secrète :
cli-ask-again = La même phrase secrète, à nouveau :
cli-passphrases-differ = les deux phrases secrètes diffèrent ; rien n'a été modifié
cli-keychain-failed = Groundwork : { $why } ; la phrase secrète est demandée à la place.
cli-not-a-practice = { $folder } n'est pas le dossier de données d'un cabinet
cli-already-protected = { $folder } est déjà protégé par une phrase secrète ; rien n'a été modifié
cli-protected = { $folder } protégé : { $count } fichiers scellés en { $seconds } s. Groundwork demande désormais la phrase secrète à l'ouverture de ce cabinet ; sans elle, personne ne peut le lire (vous non plus).
cli-exports-moved = { $count } PDF exportés ont été déplacés hors du dossier de données, vers { $folder } : conservez-les là où vous rangez les autres documents de vos clients, ou supprimez-les.
cli-backed-up = { $count } fichiers ({ $size } Mo) sauvegardés dans { $file } en { $seconds } s, puis relus : la sauvegarde est complète.
cli-restore-where = indiquez où la restaurer avec --data-dir DIR (un dossier nouveau ou vide)
cli-restored = { $count } fichiers restaurés depuis { $file } dans { $folder }.
cli-templates-good = { $count ->
    [one] { $count } fichier de modèles vérifié
   *[other] { $count } fichiers de modèles vérifiés
} : tout va bien.
cli-templates-problems = { $count ->
    [one] { $count } fichier de modèles vérifié
   *[other] { $count } fichiers de modèles vérifiés
} : { $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
}.
cli-window-demo = Groundwork — cabinet d'exemple
cli-no-window =
    impossible d'ouvrir la fenêtre : Groundwork a besoin d'un bureau pour l'afficher (l'export et la vérification des modèles fonctionnent sans), et rien n'a été modifié dans le dossier de données.
    Détails : { $error }
