# Die Meldungen der Kommandozeile, in der Sprache der Therapeutin bzw. des Therapeuten: der in
# den Einstellungen der Praxis gewählten oder der des Computers (GROUNDWORK_LANG=de hat Vorrang
# vor der des Computers). Die Wörter von clap selbst („Usage“, „Options“) bleiben Englisch.

## Hilfe: wozu jeder Befehl und jede Option dient
cli-about = Ein Begleiter für die Sitzungen von Paartherapeutinnen und Paartherapeuten.
cli-help-data-dir = Der Datenordner (Standard: das Datenverzeichnis des Systems)
cli-help-demo = Eine frische, vorübergehende Kopie einer Beispielpraxis öffnen; Ihre echten Daten bleiben unberührt
cli-help-passphrase-file = Die Passphrase einer geschützten Praxis aus FILE lesen (nur für Sie lesbar, Modus 0600), statt im Terminal danach zu fragen: für Skripte
cli-about-demo-data = Eine Beispielpraxis nach DIR schreiben (auch, um große Datenbestände für Benchmarks zu erzeugen)
cli-help-sessions = Vergangene Sitzungen pro Paar
cli-about-export = Die Notizen einer Sitzung (für die Akte), das Hausaufgabenblatt des Paares oder den Verlaufsbericht des Paares als PDF drucken
cli-help-couple = Das Paar, beim Namen („Sophie & Emma“ oder der Name einer Person)
cli-help-session = Die Nummer der Sitzung oder „latest“ für die letzte
cli-help-out = Wohin das PDF geschrieben wird (eine vorhandene Datei wird nie ersetzt)
cli-help-paper = Papierformat; standardmäßig das aus den Einstellungen
cli-help-timeline = Mit den Notizen: der Zeitverlauf der Sitzung als Anhang
cli-help-lang = Die Sprache des Dokuments (en, de, fr, es); standardmäßig die des Paares für das Hausaufgabenblatt, Ihre für die Notizen und den Verlaufsbericht
cli-about-encrypt = Die Praxis mit einer Passphrase schützen: Jede Datei im Datenordner wird versiegelt (XChaCha20-Poly1305, Schlüssel aus argon2id). Ein Abbruch ist unbedenklich: Die Praxis ist dann entweder wie vorher oder geschützt
cli-about-backup = Die ganze Praxis als eine versiegelte Sicherung nach FILE schreiben (zur Kontrolle wieder gelesen). Die Sicherung einer geschützten Praxis öffnet sich mit deren Passphrase; für die Sicherung einer ungeschützten Praxis wird nach einer eigenen Passphrase gefragt
cli-about-restore = Eine Sicherung in den mit --data-dir angegebenen Datenordner zurückspielen (ein neuer oder leerer Ordner)
cli-about-templates = Protokollvorlagen
cli-about-templates-check = Vorlagen prüfen und jedes Problem als `Datei:Zeile:Spalte: Meldung` ausgeben. Ohne DIR: die mitgelieferten Vorlagen und der Ordner mit Ihren eigenen

## Was ein Befehl sagt
cli-no-data-folder = für diesen Benutzer wurde kein Datenordner gefunden; geben Sie einen mit --data-dir DIR an
cli-demo-sizes = verwenden Sie zwischen 1 und 100.000 Paaren und höchstens 1.000 Sitzungen pro Paar
cli-demo-not-empty = In { $folder } liegt bereits eine Praxis; wählen Sie einen leeren Ordner, damit nichts vermischt oder überschrieben wird
cli-demo-written = { $couples ->
    [one] 1 Paar
   *[other] { $couples } Paare
} und { $sessions ->
    [one] 1 Sitzung
   *[other] { $sessions } Sitzungen
} in { $seconds } s nach { $folder } geschrieben.
cli-demo-protected = Mit der Passphrase geschützt: { $count } Dateien versiegelt.
cli-no-couple = kein Paar heißt „{ $name }“
cli-several-couples = „{ $name }“ passt zu { $couples }; verwenden Sie beide Namen
cli-wrote = { $file } geschrieben ({ $count ->
    [one] 1 Seite
   *[other] { $count } Seiten
}).
cli-session-number = --session erwartet eine Zahl oder „latest“, nicht „{ $session }“
cli-no-session = { $couple } hat keine Sitzung { $session }
cli-file-unreadable = { $file } konnte nicht gelesen werden: { $error }
cli-file-not-private = { $file } ist für andere Benutzer lesbar; machen Sie die Datei nur für sich lesbar (chmod 600 { $file }) und versuchen Sie es erneut
cli-terminal = die Passphrase konnte nicht aus dem Terminal gelesen werden ({ $error }); verwenden Sie --passphrase-file FILE
# Eingabeaufforderungen: Das Getippte folgt nach einem Leerzeichen.
cli-ask-new = Neue Passphrase für diese Praxis:
cli-ask = Passphrase:
cli-ask-again = Dieselbe Passphrase noch einmal:
cli-passphrases-differ = die beiden Passphrasen stimmen nicht überein; es wurde nichts geändert
cli-keychain-failed = Groundwork: { $why }; es wird stattdessen nach der Passphrase gefragt.
cli-not-a-practice = { $folder } ist nicht der Datenordner einer Praxis
cli-already-protected = { $folder } ist bereits durch eine Passphrase geschützt; es wurde nichts geändert
cli-protected = { $folder } geschützt: { $count } Dateien in { $seconds } s versiegelt. Groundwork fragt jetzt beim Öffnen dieser Praxis nach der Passphrase; ohne sie kann niemand die Praxis lesen (auch Sie nicht).
cli-exports-moved = { $count } exportierte PDFs wurden aus dem Datenordner nach { $folder } verschoben: Bewahren Sie sie dort auf, wo Sie andere Unterlagen Ihrer Klientinnen und Klienten aufbewahren, oder löschen Sie sie.
cli-backed-up = { $count } Dateien ({ $size } MB) in { $seconds } s in { $file } gesichert und zur Kontrolle wieder gelesen: Die Sicherung ist vollständig.
cli-restore-where = geben Sie mit --data-dir DIR an, wohin die Sicherung zurückgespielt werden soll (ein neuer oder leerer Ordner)
cli-restored = { $count } Dateien aus { $file } in { $folder } wiederhergestellt.
cli-templates-good = { $count ->
    [one] 1 Vorlagendatei
   *[other] { $count } Vorlagendateien
} geprüft: alles in Ordnung.
cli-templates-problems = { $count ->
    [one] 1 Vorlagendatei
   *[other] { $count } Vorlagendateien
} geprüft: { $problems ->
    [one] 1 Problem
   *[other] { $problems } Probleme
}.
cli-window-demo = Groundwork — Beispielpraxis
cli-no-window =
    das Fenster konnte nicht geöffnet werden: Groundwork braucht eine Desktop-Umgebung, um es anzuzeigen (Export und Vorlagenprüfung funktionieren auch ohne), und im Datenordner wurde nichts geändert.
    Details: { $error }
