# Was der Datenordner der Therapeutin bzw. dem Therapeuten sagt: eine Datei, die nicht gelesen
# werden konnte (und dass sie unverändert blieb), eine Kopie, die ein Sync-Programm behalten
# hat, eine Passphrase, eine Sicherung, der Schlüsselbund. $file und $folder sind Pfade; $error
# sind die Worte des Betriebssystems.

## Eine Datei, die nicht gelesen werden konnte ($message sagt, was nicht stimmt, mit den Worten unten)
store-problem = { $file } konnte nicht gelesen werden: { $message }. Groundwork hat die Datei unverändert gelassen; stellen Sie sie aus einer Sicherung wieder her oder korrigieren Sie sie in einem Texteditor.
store-problem-at = { $file } konnte nicht gelesen werden (Zeile { $line }, Spalte { $column }): { $message }. Groundwork hat die Datei unverändert gelassen; stellen Sie sie aus einer Sicherung wieder her oder korrigieren Sie sie in einem Texteditor.
# Wenn $message schon sagt, was zu tun ist.
store-problem-advising = { $file } konnte nicht gelesen werden, daher hat Groundwork die Datei unverändert gelassen: { $message }.
store-problem-advising-at = { $file } konnte nicht gelesen werden (Zeile { $line }, Spalte { $column }), daher hat Groundwork die Datei unverändert gelassen: { $message }.

## Was mit einer Datei nicht stimmt (jeweils nach „konnte nicht gelesen werden:“)
store-ron-eof = der Text endet zu früh, als wäre er abgeschnitten worden
store-ron-trailing = nach dem Ende folgt noch weiterer Text
store-ron-number-range = diese Zahl ist viel zu groß oder zu klein, um hier etwas zu bedeuten
store-ron-too-deep = die Klammern sind weit tiefer verschachtelt, als es eine Groundwork-Datei je braucht
store-sealed-changed = sie wurde außerhalb von Groundwork verändert (sie lässt sich mit dem Schlüssel dieser Praxis nicht mehr öffnen)
store-sealed-locked = sie ist mit der Passphrase einer Praxis versiegelt, und diese Praxis ist gesperrt; entsperren Sie sie zuerst
store-not-sealed = sie wurde außerhalb von Groundwork verändert (sie ist nicht versiegelt, obwohl jede Datei dieser geschützten Praxis es ist)
store-too-large = sie ist größer als { $megabytes } MB, weit größer als jede Datei, die Groundwork schreibt; vermutlich ist es keine Groundwork-Datei
# $kind: eine der Meldungen store-kind-…
store-special-file = an ihrer Stelle liegt { $kind }, keine gewöhnliche Datei; verschieben Sie dies aus dem Datenordner und holen Sie die Datei aus einer Sicherung zurück
store-kind-pipe = eine Pipe (FIFO)
store-kind-socket = ein Socket
store-kind-device = ein Gerät
store-kind-special = etwas anderes
store-link-outside = sie ist eine Verknüpfung zu einer Datei außerhalb des Datenordners, und solchen Verknüpfungen folgt Groundwork nicht und ändert sie nicht; legen Sie anstelle der Verknüpfung die Datei selbst in den Ordner
store-folder-not-file = an ihrer Stelle liegt ein Ordner, keine Datei; verschieben Sie diesen Ordner an einen anderen Ort und holen Sie dann die Datei aus einer Sicherung zurück
store-missing = die Datei ist nicht vorhanden
store-not-allowed-to-read = Groundwork darf sie nicht lesen; prüfen Sie, ob sie Ihnen gehört und ob Sie sie lesen dürfen
store-disk-refused = die Festplatte konnte sie nicht liefern ({ $error })
store-empty = die Datei ist leer
store-binary = sie ist keine Textdatei (sie enthält Binärdaten); vielleicht ist sie beschädigt oder eine ganz andere Art von Datei
store-not-utf8 = sie ist kein UTF-8-Text; vielleicht ist sie beschädigt oder wurde in einer anderen Kodierung gespeichert
store-newer-schema = sie wurde von einer neueren Version von Groundwork geschrieben (Schema { $schema }; diese Version liest bis { $reads }); aktualisieren Sie Groundwork, um sie zu öffnen
# Warum ein Ordner nicht angelegt werden konnte: an seiner Stelle liegt eine Datei.
store-file-in-the-way = dort liegt bereits eine Datei mit diesem Namen

## Sitzungsdateien
store-journal-header-too-long = ihre erste Zeile ist weit länger als der Kopf einer Sitzung; es ist also keine Groundwork-Sitzungsdatei, oder sie ist schwer beschädigt
store-journal-empty = die Sitzungsdatei ist leer
store-journal-no-header = der Sitzungsdatei fehlt eine vollständige erste Zeile (ihr Kopf); sie wurde beim Anlegen abgeschnitten
store-journal-line-changed = diese Zeile wurde außerhalb von Groundwork verändert (sie lässt sich mit dem Schlüssel dieser Praxis nicht mehr öffnen)
store-journal-line-not-sealed = diese Zeile wurde außerhalb von Groundwork verändert (sie ist nicht versiegelt, obwohl jede Zeile dieser geschützten Praxis es ist)
store-journal-header-not-utf8 = die erste Zeile (der Kopf) ist kein UTF-8-Text; vielleicht ist die Datei beschädigt oder keine Groundwork-Sitzung
store-journal-line-not-utf8 = diese Zeile ist kein UTF-8-Text; die Datei ist beschädigt
# $why: was mit dem Eintrag nicht stimmt, wie oben oder in den Worten des Dateiformats.
store-journal-entry-damaged = der Eintrag in dieser Zeile ist beschädigt ({ $why })
store-journal-entry-too-long = ein Eintrag passte nicht in eine Zeile
store-journal-name = ihr Name folgt nicht dem Muster 0003-2026-11-22.journal (Sitzungsnummer, Datum und vielleicht das Kürzel eines Computers, wie in 0003-2026-11-22-k7q2mf.journal), daher wird sie nicht aufgeführt; benennen Sie sie passend um
# Eine zweite Kopie einer Sitzungsdatei, die ein Sync-Programm ($engine) behalten hat.
store-journal-copy = { $copy } ist eine zweite Kopie der Sitzungsdatei { $original }, die { $engine } behalten hat, weil zwei Computer sie gleichzeitig geändert haben. Groundwork übernimmt ihre Einträge in { $original }, sobald die Praxis das nächste Mal in der App geöffnet wird und diese Sitzung nicht offen ist, und verschiebt die Kopie dann in den Konfliktordner.
store-journal-torn-not-merged = { $journal } endet mit einer Zeile, die bei einem Absturz abgeschnitten wurde, daher wurde die zweite Kopie { $copy } noch nicht zusammengeführt. Öffnen Sie diese Sitzung einmal in Groundwork (dabei wird die abgeschnittene Zeile beiseitegelegt); beim nächsten Öffnen der Praxis wird die Kopie dann zusammengeführt.
store-journal-other-session = { $copy } ist als Kopie von { $journal } benannt, ist aber Sitzung { $copy_number } des Paares { $copy_couple }, während die andere Sitzung { $number } des Paares { $couple } ist; daher wurde nichts zusammengeführt, und beide Dateien bleiben, wie sie sind.
# $name: der Dateiname für die zweite Sitzung.
store-journal-two-sessions = { $copy } und { $journal } sind zwei verschiedene Sitzungen, die zwei Computer beide mit { $number } nummeriert haben; daher wurde nichts zusammengeführt, und beide Dateien bleiben, wie sie sind. Um die zweite als eigene Sitzung aufzuführen, benennen Sie sie in { $name } um.
store-journal-changed-while-merging = { $journal } hat sich geändert, während die zweite Kopie { $copy } zusammengeführt wurde, daher wurde noch nichts zusammengeführt; beim nächsten Öffnen der Praxis wird es erneut versucht.

## Die Ordner der Paare
store-couple-folder-name = diesen Ordnernamen vergibt Groundwork nicht für ein Paar (er sollte wie c-20261122-200301-3f9a aussehen); falls er umbenannt wurde, geben Sie ihm seinen alten Namen zurück
store-couple-wrong-folder = die Datei gehört zum Paar „{ $couple }“, liegt aber im Ordner „{ $folder }“; falls der Ordner kopiert oder umbenannt wurde, geben Sie ihm seinen alten Namen zurück
store-folder-name-not-text = der Name dieses Ordners ist kein gültiger Text; Groundwork vergibt nie einen solchen Namen, geben Sie ihm also seinen alten Namen zurück
store-couple-missing = die Datei fehlt, aber der Ordner enthält { $count ->
    [one] eine Sitzungsdatei
   *[other] { $count } Sitzungsdateien
}; stellen Sie couple.ron aus einer Sicherung wieder her

## Zwei Versionen von couple.ron oder settings.ron, die ein Sync-Programm ($engine) behalten hat
# $what: eine der Meldungen store-versions-of-… (im Genitiv); $name: die Datei, die Groundwork verwendet.
store-two-versions = { $copy } und { $original } sind zwei Versionen { $what }, die { $engine } behalten hat, weil zwei Computer die Datei gleichzeitig geändert haben. Groundwork verwendet { $name } und hat keine der beiden geändert oder entfernt; wählen Sie die Version, die bleiben soll (die andere wird in den Konfliktordner verschoben).
# Wovon es zwei Versionen gibt, wie app-versions-title und store-two-versions es sagen („Zwei Versionen …“).
store-versions-of-this-record = der Akte dieses Paares
store-versions-of-settings = der Einstellungen der Praxis
store-versions-of-record = der Akte von { $names }
store-versions-of-a-record = der Akte eines Paares
store-not-a-second-version = { $file } ist keine zweite Version von couple.ron oder settings.ron, daher wurde nichts geändert.

## Vorlagen ($phase: store-template-phase)
store-template-empty = die Datei ist leer; eine Vorlage beginnt mit „(“ und nennt ihr Schema, ihre ID, ihren Namen und ihre Phasen
store-template-newer = von einer neueren Version von Groundwork geschrieben (Schema { $schema }; diese Version liest bis { $reads }); aktualisieren Sie Groundwork
store-template-comma = hier fehlt ein Komma
store-template-id-taken = die ID „{ $id }“ wird bereits von { $file } verwendet, daher wurde diese Vorlage nicht geladen; geben Sie einer der beiden eine andere ID
store-templates-folder-missing = der Vorlagenordner ist nicht vorhanden
store-templates-folder-not-allowed = Groundwork darf den Vorlagenordner nicht öffnen; prüfen Sie seine Berechtigungen
store-templates-folder-is-file = das ist eine Datei, kein Ordner
store-templates-folder-unopened = der Vorlagenordner konnte nicht geöffnet werden ({ $error })
store-templates-folder-unlisted = der Inhalt des Vorlagenordners konnte nicht aufgelistet werden ({ $error })
store-template-no-id = die Vorlage hat keine ID
store-template-no-name = die Vorlage hat keinen Namen
store-template-no-phases = die Vorlage hat keine Phasen
store-template-session-only = „{ $rule }“ ist als nur für die Sitzung markiert, gehört aber nicht zu den Grundregeln
store-template-phase = Phase { $number } („{ $title }“)
store-template-phase-no-title = Phase { $number } hat keinen Titel
# $kind: die Art der Phase, wie die App sie nennt.
store-template-needs-both = { $phase } ist eine Phase der Art „{ $kind }“, die beide Partner braucht; eine Einzelsitzung hat nur geführte Schritte und einen Abschluss
store-template-no-steps = { $phase } hat keine Schritte
store-template-step-no-title = Schritt { $step } von Phase { $number } hat keinen Titel
# $step: ein Schritt des Zuhörers, wie die Datei ihn nennt (Paraphrase, Mirror, Summary, Validation, Empathy).
store-template-no-listener-steps = { $phase } hat keine Schritte für den Zuhörer
store-template-listener-first = { $phase } lässt den Zuhörer mit { $step } beginnen; der erste Schritt des Zuhörers gibt wieder, was er gehört hat: Paraphrase, Mirror oder Summary
store-template-listener-only-first = { $phase } hat { $step } als { $number }. Schritt des Zuhörers; das kann nur der erste sein
store-template-listener-twice = { $phase } nennt den Schritt { $step } des Zuhörers zweimal
# Die Worte einer Vorlage in einer anderen Sprache ($translation: eine der Meldungen store-translation-…).
store-template-english-translation = die englischen Worte sind die Vorlage selbst, keine Übersetzung
store-translation-de = die deutsche Übersetzung
store-translation-fr = die französische Übersetzung
store-translation-es = die spanische Übersetzung
store-template-translation-phases = { $translation } hat { $theirs ->
    [one] { $theirs } Phase
   *[other] { $theirs } Phasen
}; die englische Fassung hat { $ours }
store-template-translation-rules = { $translation } hat { $theirs ->
    [one] { $theirs } Grundregel
   *[other] { $theirs } Grundregeln
}; die englische Fassung hat { $ours }
store-template-translation-suggestions = { $translation } hat { $theirs ->
    [one] { $theirs } Vorschlag
   *[other] { $theirs } Vorschläge
}; die englische Fassung hat { $ours }
store-template-translation-cards = { $translation } hat { $theirs ->
    [one] { $theirs } Karte
   *[other] { $theirs } Karten
}; die englische Fassung hat { $ours }
store-template-translation-steps = { $translation } von { $phase } hat { $theirs ->
    [one] { $theirs } Schritt
   *[other] { $theirs } Schritte
}; die englische Fassung hat { $ours }
store-template-translation-blank = { $translation } von { $phase } lässt einen Titel oder eine Anleitung leer
store-template-translation-card-lines = { $translation } von Karte { $number } („{ $title }“) hat { $theirs ->
    [one] { $theirs } Zeile
   *[other] { $theirs } Zeilen
}; die englische Fassung hat { $ours }
store-template-translation-rule-count = { $translation } von „{ $set }“ hat { $theirs ->
    [one] { $theirs } Regel
   *[other] { $theirs } Regeln
}; die englische Fassung hat { $ours }
store-template-translation-other-rules = { $translation } hat andere Grundregeln; die englische Fassung hat keine

## Passphrase und Schlüsselbund
store-vault-damaged = die Schlüsseleinstellungen der Praxis (vault.ron) sind beschädigt
store-vault-file-damaged = vault.ron ist beschädigt
store-vault-algorithm = die Praxis ist mit { $algorithm } geschützt, das diese Version von Groundwork nicht öffnen kann
store-vault-format = ihre Dateien sind im Format { $format } versiegelt, das diese Version von Groundwork nicht lesen kann
store-wrong-passphrase = Diese Passphrase öffnet diese Praxis nicht. Es wurde nichts geändert; versuchen Sie es erneut.
# $why: was nicht stimmt, wie oben.
store-cannot-open = Die Praxis kann nicht geöffnet werden: { $why }.
store-passphrase-short = Eine Passphrase braucht mindestens { $count } Zeichen; ein paar Wörter sind leichter zu merken als ein kurzes Passwort.
store-passphrase-long = Eine Passphrase kann höchstens { $count } Zeichen haben.
store-not-protected = die Praxis ist nicht durch eine Passphrase geschützt
store-not-protected-it = sie ist nicht durch eine Passphrase geschützt
store-already-protected = { $folder } ist bereits durch eine Passphrase geschützt
# Der Ordner neben dem der Praxis, in den ihre PDFs verschoben werden ($name: der Name des Praxisordners).
store-pdfs-folder = { $name } - PDFs, die vor dem Schutz gespeichert wurden
store-keychain-unreachable = der Schlüsselbund dieses Computers ist nicht erreichbar ({ $error })
store-keychain-none = auf diesem System gibt es keinen Schlüsselbund
# Was das Fenster des Schlüsselbunds für den Eintrag zeigt.
store-keychain-label = Groundwork-Praxisschlüssel ({ $folder })
store-keychain-refused = der Schlüsselbund hat den Eintrag abgelehnt ({ $error })
store-keychain-wrong-key = dieser Schlüssel gehört nicht zu dieser Praxis
store-keychain-not-kept = der Schlüsselbund hat den Schlüssel nicht aufbewahrt ({ $error })
store-keychain-not-given = der Schlüsselbund hat den Schlüssel nicht herausgegeben ({ $error })
store-keychain-not-forgotten = der Schlüsselbund hat den Schlüssel nicht vergessen ({ $error })

## Sicherungen
store-backup-inside = { $file } liegt im Ordner der Praxis selbst; speichern Sie die Sicherung an einem anderen Ort (am besten auf einer anderen Festplatte)
store-practice-locked = die Praxis ist gesperrt; entsperren Sie sie zuerst
store-backup-needs-passphrase = eine Sicherung dieser Praxis braucht eine eigene Passphrase
store-could-not-read = { $file } konnte nicht gelesen werden: { $error }
store-backup-not-read-back = { $file } konnte nicht zurückgelesen werden: { $error }
store-backup-differs-failing = { $file } wurde nicht so zurückgelesen, wie es geschrieben wurde; vielleicht versagt die Festplatte. Behalten Sie daher die Praxis und versuchen Sie es mit einer anderen Festplatte
store-backup-differs = { $file } wurde nicht so zurückgelesen, wie es geschrieben wurde
store-restore-not-empty = { $folder } ist nicht leer; stellen Sie die Sicherung in einem neuen Ordner wieder her, damit nichts vermischt oder überschrieben wird
store-backup-too-large = { $file } ist weit größer als jede Sicherung
store-backup-wrong-passphrase = Diese Passphrase öffnet die Sicherung { $file } nicht. Es wurde nichts geschrieben; versuchen Sie es erneut.
store-backup-changed = { $file } wurde außerhalb von Groundwork verändert (die Sicherung lässt sich mit ihrem Schlüssel nicht mehr öffnen), daher wurde nichts daraus wiederhergestellt; verwenden Sie eine andere Sicherung
store-backup-key-damaged = { $file } wurde außerhalb von Groundwork verändert (die Schlüsseleinstellungen der Sicherung sind beschädigt), daher wurde nichts daraus wiederhergestellt
store-not-a-backup = { $file } ist keine Groundwork-Sicherung
store-could-not-make = { $folder } konnte nicht angelegt werden: { $error }
store-could-not-write-to = In { $folder } konnte nicht geschrieben werden: { $error }
store-could-not-replace = { $folder } konnte nicht ersetzt werden: { $error }
store-could-not-put-in-place = { $folder } konnte nicht an seinen Platz gebracht werden: { $error }
store-could-not-move-in = { $folder } konnte nicht an seinen Platz verschoben werden: { $error }
store-restore-only-empty = Eine Sicherung wird nur in eine leere Praxis wiederhergestellt, damit nichts vermischt oder überschrieben wird; diese Praxis enthält bereits Paare oder Einstellungen.

## Welcher Computer die Praxis oder eine Sitzung geöffnet hat ($host, $computer: sein Name; $since: Datum und Uhrzeit)
store-lock-here = auf diesem Computer ({ $host })
store-lock-there = auf dem Computer { $host }
store-lock-anywhere = auf diesem oder einem anderen Computer
# $place: store-lock-here, -there oder -anywhere.
store-lock-since = { $place } seit { $since }
store-lock-not-a-file = die Sperrdatei ist keine gewöhnliche Datei
# Eine Sitzung, die auf einem Computer mit unbekanntem Namen geöffnet ist (nach „auf“).
store-open-another-computer = einem anderen Computer
store-open-since = { $computer } seit { $since }
store-no-config-folder = auf diesem Computer gibt es keinen Konfigurationsordner

## Was die Datei einer Sitzung und die Schrift eines Dokuments enthalten
store-session-no-events = die Sitzung hat keine Ereignisse
store-session-no-start = das erste Ereignis der Sitzung ist nicht ihr Beginn
store-font-unreadable = die Schrift des Dokuments konnte nicht gelesen werden

## Was die Therapeutin bzw. der Therapeut eingegeben hat, wie screen-text-enter, -write und -too-long es nennen (Akkusativ)
what-first-partner-name = den Namen des ersten Partners
what-second-partner-name = den Namen des zweiten Partners
what-rule = die Regel
what-comment = den Kommentar
what-topic = das Thema
what-quick-note = die Kurznotiz
what-service-code = die Leistungsziffer
what-diagnosis-code = den Diagnoseschlüssel
what-concerns = die Beschreibung der Bedenken
what-signature = die Unterschrift
what-reason = den Grund
what-behaviour = die Beschreibung der Vereinbarung
what-anchor = die Anker-Gewohnheit
what-evidence = „Woran wir es merken“
