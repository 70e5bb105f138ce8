# Die Bildschirme der App in der Sprache der Therapeutin oder des Therapeuten: Startseite,
# Seite des Paares, Sperrbildschirm, Tasten, Dialoge.

## Fenstertitel und was ein Screenreader über die Fenster sagt
app-title-locked = Groundwork (gesperrt)
app-title-sample = Groundwork — Beispielpraxis
app-display-title = Groundwork — für das Paar
app-display-mirror = Anzeige für das Paar, in einem eigenen Fenster
app-display-answering = { $name } beantwortet vier Fragen

## Wörter an vielen Stellen
app-settings = Einstellungen
app-cancel = Abbrechen
app-not-now = Jetzt nicht
app-all-couples = Alle Paare
app-dismiss = Ausblenden
app-open-to-print = Zum Drucken öffnen

## Die Meldung unten im Fenster
app-couple-language-set = Sprache der Anzeige und des Hausaufgabenblatts für dieses Paar ab jetzt: { $language }.
app-couple-added = { $name } hinzugefügt.
app-demo-opening = Die Beispielpraxis öffnet sich in einem eigenen Fenster. Ihre Praxis bleibt hier unverändert.
app-demo-failed = Die Beispielpraxis ließ sich nicht öffnen: { $error }.
app-session-torn = Die letzte Zeile dieser Sitzung wurde abgeschnitten, als Groundwork beendet wurde; sie ist in { $file } aufbewahrt, und alles davor ist hier.
app-version-kept = Übernommen. Die andere Version liegt im Konfliktordner, falls sie je gebraucht wird.
app-passphrase-changed = Die Passphrase ist geändert. Verwenden Sie ab jetzt die neue.
app-open-failed = { $file } ließ sich nicht öffnen: { $error }
app-settings-saved = Einstellungen gespeichert.
app-clinical-saved = Die klinischen Angaben sind gespeichert.
app-screening-saved = Das Screening von { $name } ist gespeichert.
app-confidentiality-saved = Die Vereinbarung zur Vertraulichkeit ist gespeichert.
app-timeout-over = Die Auszeit ist vorbei; die Runde geht dort weiter, wo sie angehalten wurde.
app-saved-notes = Die Sitzungsnotizen sind gespeichert ({ $pages ->
        [one] { $pages } Seite
       *[other] { $pages } Seiten
    }): { $path }
app-saved-notes-timeline = Die Sitzungsnotizen mit Zeitverlauf sind gespeichert ({ $pages ->
        [one] { $pages } Seite
       *[other] { $pages } Seiten
    }): { $path }
app-saved-homework = Das Hausaufgabenblatt ist gespeichert ({ $pages ->
        [one] { $pages } Seite
       *[other] { $pages } Seiten
    }): { $path }
app-saved-progress = Der Verlaufsbericht ist gespeichert ({ $pages ->
        [one] { $pages } Seite
       *[other] { $pages } Seiten
    }): { $path }

## Die Dateidialoge des Systems
app-backup-dialog-title = Praxis sichern
app-restore-dialog-title = Sicherung wiederherstellen

## „Speichern unter“: wohin ein PDF kommt
app-save-notes = Sitzungsnotizen speichern
app-save-notes-timeline = Sitzungsnotizen mit Zeitverlauf speichern
app-save-homework = Hausaufgabenblatt speichern
app-save-folder = Ordner
app-save-file-name = Dateiname
app-save-hint = Das PDF öffnet sich zum Drucken in Ihrem Betrachter. „Anderer Ort…“ öffnet den Speichern-Dialog dieses Computers.
app-save-hint-no-dialog = Das PDF öffnet sich zum Drucken in Ihrem Betrachter. Um es anderswo zu speichern, geben Sie den vollständigen Pfad als Dateinamen ein (dieser Computer zeigt keinen Speichern-Dialog; mit xdg-desktop-portal oder zenity ginge es).
app-save-choosing = Wählen Sie den Ort im Dialog des Systems…
app-save-taken = Dort gibt es schon eine Datei mit diesem Namen.
app-save-replace = Ersetzen
app-save-keep-both = Beide behalten
app-save = Speichern
app-save-name-first = Geben Sie zuerst einen Dateinamen ein.
app-save-elsewhere = Anderer Ort…
app-save-no-dialog = Dieser Computer zeigt keinen Speichern-Dialog: Geben Sie den vollständigen Pfad als Dateinamen ein.

## Sperrbildschirm und Entsperren
app-locked-line = Groundwork ist gesperrt. Geben Sie die Passphrase ein, um weiterzuarbeiten; die Sitzung läuft weiter.
app-unlock-line = Diese Praxis ist geschützt. Geben Sie ihre Passphrase ein, um sie zu öffnen.
app-unlock-keychain = Geben Sie die Passphrase ein: { $why }.
app-unlock-empty = Geben Sie zuerst die Passphrase der Praxis ein.
app-unlock-hint = Passphrase
app-unlock-passphrase = Passphrase
app-unlock-remember = Auf diesem Computer merken
app-unlock-remember-hover = Der Schlüsselbund dieses Computers bewahrt den Schlüssel auf: Groundwork öffnet diese Praxis hier, ohne zu fragen. Nach dem Sperren und auf jedem anderen Computer fragt es weiterhin.
app-unlock = Entsperren
app-unlock-folder = Praxisordner: { $folder }
app-opening = Die Praxis wird geöffnet …
app-opening-failed = Die Praxis konnte nicht geöffnet werden. Schließen Sie dieses Fenster; in ihr wurde nichts verändert.
app-opening-failed-fault = Groundwork ist beim Lesen der Praxis stehen geblieben. Starten Sie es noch einmal; die Dateien im Praxisordner sind, wie sie waren.

## Startseite
app-home-sample = Beispielpraxis · nicht durch eine Passphrase geschützt
app-lock = Sperren
app-lock-hover = Alles ausblenden, bis die Passphrase wieder eingegeben wird
app-home-protect-reminder = Vor dem ersten Paar: Schützen Sie diese Praxis mit einer Passphrase, damit ein verlorener Laptop oder ein kopierter Ordner nichts preisgibt.
app-home-protect-now = Schützen (Einstellungen)
app-home-back-up-now = Jetzt sichern (Einstellungen)
app-home-open-elsewhere = { $name }: Eine Sitzung ist auf { $computer } geöffnet
app-home-read-only = Solange sie dort geöffnet ist, kann sie hier nur gelesen werden.
app-home-open-page = Seite von { $name } öffnen
app-home-left-open = { $name }: Sitzung { $number } ist noch offen
app-home-left-open-note = Sie haben sie verlassen, ohne sie zu beenden; ihre Timer stehen so, wie Sie sie verlassen haben.
app-home-still-open = { $name }: Eine Sitzung ist noch offen
app-home-still-open-note = Groundwork wurde vor ihrem Ende geschlossen. Es ist nichts verloren gegangen.
app-home-resume = Sitzung von { $name } fortsetzen
app-home-welcome = Willkommen bei Groundwork
app-home-begin = Fügen Sie unten das erste Paar hinzu, um zu beginnen. Alles bleibt auf diesem Computer.
app-home-new-here = Neu hier? Sehen Sie sich zuerst eine Beispielpraxis an:
app-home-open-sample = Beispielpraxis öffnen
app-home-sample-note = Sie öffnet sich in einem eigenen Fenster, in einem temporären Ordner: Ihre eigene Praxis bleibt hier unverändert.
app-home-search = Paare suchen
app-home-search-hint = Name eines Partners
app-home-no-match = Kein Paar passt zu „{ $search }“.
app-home-couples = Paare
app-home-column-couple = Paar
app-home-column-last = Letzte Sitzung
app-home-column-agreements = Offene Vereinbarungen
app-home-no-sessions = noch keine Sitzungen
app-problems-title = Einige Dateien konnten nicht gelesen werden

## Der erste Start: zur Praxis
app-setup-title = Zuerst zu Ihrer Praxis
app-setup-note = Steht auf den Sitzungsnotizen und auf dem Hausaufgabenblatt des Paares. In den Einstellungen können Sie alles später ändern.
app-setup-practice = Name der Praxis
app-setup-practice-hint = zum Beispiel Paarberatung am Hafen
app-setup-name = Ihr Name
app-setup-name-hint = wie er unter den Notizen steht
app-setup-credentials = Berufsbezeichnung
app-setup-credentials-hint = zum Beispiel Psychologische Psychotherapeutin
app-setup-paper = Papierformat
app-setup-save = Speichern und weiter
app-setup-later = Später

## Ein Paar hinzufügen
app-add-title = Neues Paar
app-add-first = Erster Partner
app-add-second = Zweiter Partner
app-add-name-hint = Name
app-add-button = Paar hinzufügen

## Zwei Versionen einer Datei, die ein Sync-Dienst behalten hat
# $what im Genitiv: „der Akte von Emma & Sophie“ (store-versions-of-…)
app-versions-title = Zwei Versionen { $what }
app-versions-why = { $engine } hat beide behalten, weil zwei Computer die Datei gleichzeitig geändert haben. Behalten Sie die richtige; die andere wird in den Konfliktordner verschoben, nicht gelöscht.
app-versions-sessions = Sitzungen, die in einer der beiden Versionen erfasst sind, bleiben erhalten: Sie stammen aus den Sitzungen selbst.
app-versions-in-use = In Verwendung
app-versions-keep-in-use = Version in Verwendung behalten
app-versions-other = Die andere Version
app-versions-keep-other = Andere Version behalten
app-versions-changed = geändert am { $when }
app-versions-same = In beiden gleich: { $fields }.

## Die Seite eines Paares
app-couple-gone = Dieses Paar ist nicht mehr in der Praxis.
app-couple-language = Sprache des Paares
app-couple-their-language = Sprache des Paares
app-couple-next-session = nächste Sitzung: { $date }
app-couple-safety = Sicherheit und Vertraulichkeit · { $summary }
app-couple-rules = Grundregeln
app-couple-rules-none = Werden in der ersten Sitzung vereinbart.
app-couple-rule-sessions-only = nur in den Sitzungen
app-couple-rule-agreed = vereinbart am { $date }
app-couple-agreements = Vereinbarungen
app-couple-agreements-none = Noch keine.
app-couple-both = Beide
app-couple-stopped = (beendet)
app-couple-agreement-line = { $who } · { $when } · seit Sitzung { $session }
app-review = { $date }: { $outcome }
app-review-done = erledigt
app-review-partly = teilweise
app-review-not-done = nicht erledigt
app-couple-show-all = { $count ->
        [one] Die Vereinbarung zeigen
       *[other] Alle { $number } Vereinbarungen zeigen
    }
app-couple-progress = Verlauf
app-couple-progress-pdf = Verlaufsbericht (PDF)
app-couple-progress-pdf-hover = Diese Diagramme, die Zahlen und die Überprüfungen jeder Vereinbarung, gedruckt in den Exportordner des Paares. Nichts aus einem Screening oder einer Einzelsitzung steht darin.

## Klinische Angaben
app-clinical-title = Klinische Angaben
app-clinical-note = Freiwillig. Steht ab jetzt auf den Sitzungsnotizen jeder weiteren Sitzung.
app-clinical-record-number = Aktenzeichen von { $name }
app-clinical-born = Geburtsdatum von { $name }
app-clinical-date-hint = JJJJ-MM-TT
app-clinical-diagnosis = Diagnoseschlüssel
app-clinical-diagnosis-what = den Diagnoseschlüssel
app-clinical-service = Übliche Leistung
app-clinical-modality = Findet meist statt
app-clinical-save = Klinische Angaben speichern
app-clinical-born-range = Das Geburtsdatum von { $name } muss zwischen 1900 und heute liegen.
app-clinical-born-format = Das Geburtsdatum von { $name } wird als JJJJ-MM-TT geschrieben, zum Beispiel 1988-05-03.
app-clinical-not-saved = Nicht gespeichert. { $problems }

## Eine Sitzung beginnen
app-start-still-open = Sitzung { $number } ist noch offen
app-start-resume = Sitzung fortsetzen
app-start-protocol = Protokoll
app-start-alone = Einzeln mit { $name } beginnen
app-start-session = Sitzung beginnen
app-start-before = Bevor Sie beginnen
app-start-anyway = Trotzdem beginnen
app-start-template = { $summary } · etwa { $minutes } Minuten · { $source }

## Eine Sitzung, die auf einem anderen Computer geöffnet ist
app-elsewhere-title = Sitzung { $number } ist auf { $computer } geöffnet
app-elsewhere-read-only = Sie kann hier nur gelesen werden, damit nichts überschrieben wird, was auf { $computer } eingegeben wurde. Ihre Notizen und Hausaufgaben lassen sich unten trotzdem drucken.
app-take-over = Sitzung { $number } übernehmen…
app-take-over-hover = Nur wenn Groundwork auf { $computer } nicht mehr läuft
app-take-over-question = Ist Groundwork auf { $computer } geschlossen oder der Computer nicht mehr da? Läuft es dort noch, wird alles, was dort ab jetzt eingegeben wird, getrennt aufbewahrt und muss von Hand zusammengeführt werden.
app-take-over-here = Auf diesem Computer übernehmen

## Die Sitzungen des Paares
app-sessions = Sitzungen
app-sessions-none = Noch keine Sitzungen.
app-sessions-column-session = Sitzung
app-sessions-column-date = Datum
app-sessions-column-protocol = Protokoll
app-sessions-column-length = Dauer
app-sessions-column-turns = Runden
app-sessions-column-talk = Redezeit
app-sessions-column-timeouts = Auszeiten
app-sessions-column-open = Öffnen und drucken
app-sessions-signed = unterschrieben
app-sessions-draft = Entwurf
app-sessions-draft-hover = Öffnen Sie die Sitzung, um ihre Notizen zu unterschreiben
app-sessions-unreadable = nicht lesbar (siehe unten)
app-sessions-individual = Einzelsitzung: { $name }
app-sessions-open-on = geöffnet auf { $computer }
app-sessions-in-progress = läuft
app-sessions-open = Sitzung { $number } öffnen
app-sessions-notes-pdf = Notizen-PDF
app-sessions-homework-pdf = Hausaufgaben-PDF
app-sessions-notes-pdf-hover = Die Sitzungsnotizen von Sitzung { $number } in den Exportordner des Paares drucken
app-sessions-homework-pdf-hover = Das Hausaufgabenblatt von Sitzung { $number } in den Exportordner des Paares drucken
app-sessions-pdf-name = { $label }, Sitzung { $number }

## Datumsangaben (strftime von chrono)
app-date-session = %a, %-d. %b %Y
app-date-next-session = %a, %-d. %b
app-date-changed = %a, %-d. %b %Y, %H:%M
app-date-calendar-day = %A, %-d. %B %Y
app-date-calendar-month = %B %Y

## Der Kalender neben einem Datumsfeld
app-calendar = Kalender…
app-calendar-name = { $field }: im Kalender wählen
app-calendar-before = Vorheriger Monat
app-calendar-after = Nächster Monat
app-calendar-mon = Mo
app-calendar-tue = Di
app-calendar-wed = Mi
app-calendar-thu = Do
app-calendar-fri = Fr
app-calendar-sat = Sa
app-calendar-sun = So

## Was ein Screenreader von einem Countdown hört
app-a11y-seconds = { $count ->
        [one] { $count } Sekunde
       *[other] { $count } Sekunden
    }
app-a11y-minutes = { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    }
app-a11y-minutes-seconds = { $minutes } { $seconds }
app-a11y-left = noch { $time }
app-a11y-time-up = die Zeit ist um
app-a11y-over = { $time } über der Zeit
app-a11y-so-far = bisher { $time }
app-a11y-paused = angehalten

## Die Tastenhilfe: was jede Taste tut (die Namen der Tasten: app-keyname-*)
app-key-next = Nächste Stufe des Dialogs, wie das Protokoll sie vorsieht (sprechen, paraphrasieren oder spiegeln, bestätigen; dann ggf. zusammenfassen, validieren, Einfühlung); bei der Bestätigung: „stimmt“. In geführten Schritten: der nächste Schritt.
app-key-not-quite = „Nicht ganz“: zurück zum Paraphrasieren.
app-key-pass-floor = Das Wort an den anderen Partner geben, wenn der Sprecher so weit ist; wo das Protokoll es vorsieht, validiert der Zuhörer zuerst und fühlt sich in die Gefühle ein (wo ein Partner durchgehend das Wort hat, nur das).
app-key-pause = Timer anhalten oder fortsetzen.
app-key-extend = 30 Sekunden mehr für diese Stufe oder diesen Schritt.
app-key-timeout = Auszeit: Alle Timer stehen sofort still, dann wählen Sie, wer sie genommen hat und warum. Während einer Auszeit: sie vorzeitig beenden (Sie werden zuerst gefragt).
app-key-quick-note = Eine kurze Notiz mit Uhrzeit schreiben.
app-key-next-phase = Die nächste Phase des Ablaufs ansehen; die Sitzung bleibt, wo sie ist.
app-key-previous-phase = Die vorige Phase ansehen; die Sitzung bleibt, wo sie ist.
app-key-move-here = Die Sitzung in die Phase bringen, die Sie gerade ansehen (läuft eine Runde, wird zuerst gefragt).
app-key-display = Die Anzeige für das Paar öffnen oder schließen.
app-key-fullscreen = Auf der Anzeige für das Paar: Vollbild, oder zurück zum Fenster.
app-key-undo = Den letzten Schritt rückgängig machen (noch einmal für den davor, bis zum Anfang der Phase).
app-key-redo = Wiederholen: das letzte Rückgängigmachen zurücknehmen (bis der nächste Schritt getan ist).
app-key-redo-y = Wiederholen, wie Strg+Umschalt+Z.
app-key-print = Die Sitzungsnotizen drucken (PDF).
app-key-search = Auf der Startseite: Paare suchen.
app-key-timeout-choice = Im Auszeit-Dialog: wer sie genommen hat und warum.
app-key-confirm = Ja zur Frage auf dem Bildschirm (Sitzung beenden, Auszeit vorzeitig beenden, …).
app-key-cancel = Einen Dialog schließen, ohne etwas zu tun (im Auszeit-Dialog: doch keine Auszeit). Auf der Anzeige für das Paar: Vollbild verlassen.
app-key-help = Diese Liste zeigen oder ausblenden.

## Tasten, wie die Tastatur sie beschriftet
app-keyname-ctrl = Strg
app-keyname-shift = Umschalt
app-keyname-space = Leertaste
app-keyname-right = Pfeil rechts
app-keyname-left = Pfeil links
app-keyname-enter = Eingabe
app-keyname-esc = Esc
app-keyname-f-display = F (Paaranzeige)
