# Die Sitzungskonsole in der Sprache der Therapeutin oder des Therapeuten: Rahmen, Notizen,
# Dokumentation, Auszeiten, Dialog und geführte Schritte.

## Daten (strftime von chrono: %-d der Tag, %B der Monat, %Y das Jahr)
console-date-full = %-d. %B %Y
console-date-day-month = %-d. %B

## Die obere Leiste
console-leave = Verlassen
console-leave-hover = Zurück zur Seite des Paares; die Sitzung bleibt offen.
console-undo = Rückgängig
console-undo-what = Rückgängig: { $what }
console-redo-what = Wiederholen: { $what }
console-undo-hover = Nimmt den letzten Schritt zurück (erneut drücken für den davor, bis zum Anfang dieser Phase). Das Protokoll behält beides, als Korrektur markiert.
console-undo-nothing = In dieser Phase gibt es nichts zurückzunehmen.
console-session-ended = Sitzung beendet
console-end-session = Sitzung beenden
console-keys = Tasten
console-full-screen = Vollbild
console-full-screen-hover = Die Paaranzeige im Vollbild oder wieder im Fenster (F auf der Anzeige).
console-card-put-away = Karte wegnehmen: { $title }
console-card-show = Karte zeigen
console-card-hover = Eine kurze Gedächtnisstütze für das Paar, auf seiner Anzeige.
console-display-open = Paaranzeige
console-display-close = Paaranzeige schließen
console-display-hover = Ein zweites Fenster für das Paar: wer das Wort hat und wie viel Zeit bleibt. Nie Ihre Notizen.
console-timeout-end = Auszeit beenden
console-timeout = Auszeit
console-clock-hover = Zeit seit Beginn der Sitzung
console-alone = { $name } (Einzelsitzung)
console-screen = Screening mit { $name }
console-screen-hover = Das Sicherheits-Screening, einzeln erfragt; gespeichert mit der Nummer dieser Sitzung
console-session-line = Sitzung { $number } · { $template }

## Der Ablauf
console-agenda = Ablauf
console-agenda-hint = Klicken Sie auf eine Phase, um sie anzusehen; die Sitzung bleibt, wo sie ist.
console-agenda-actual = { $actual } min, geplant { $planned }
console-agenda-planned = geplant { $planned } min
console-agenda-now = { $minutes } · jetzt
console-confidentiality = Vertraulichkeit
console-no-policy = Keine Regelung auf der Seite des Paares festgehalten
console-ground-rules = Grundregeln

## Die angezeigte Phase
console-looking = Sie sehen sich Phase { $shown } an. Die Sitzung ist in Phase { $phase }: { $current }.
console-running-in-phase = { $turn }: läuft in Phase { $phase }
console-move-here = Zu Phase { $phase } wechseln
console-back-to-phase = Zurück zu Phase { $phase }
console-on-to-phase = Weiter zu Phase { $phase }: { $title }  →
console-on-to-phase-hover = Führt die Sitzung weiter (mit Rückfrage, wenn eine Runde läuft).
console-turns-preview = Sprecher und Zuhörer wechseln sich ab: { $speak } zum Sprechen, { $paraphrase } zum Paraphrasieren.
console-turns-move-here = Wechseln Sie mit der Sitzung in diese Phase, um die Runden zu beginnen.
console-steps-move-here = Wechseln Sie mit der Sitzung in diese Phase, um die Schritte durchzugehen.

## Nach der Sitzung
console-summary = Zusammenfassung der Sitzung
console-print-homework = Hausaufgabenblatt drucken (PDF)
console-print-notes = Sitzungsnotizen drucken (PDF)
console-print-timeline = Notizen mit Zeitverlauf (PDF)

## Rückfragen
console-end-session-title = Sitzung beenden?
console-end-session-text = Die Uhren halten an, und die Sitzung wird im Verlauf des Paares festgehalten. Ihre Notizen können Sie danach noch fertigstellen.
console-end-session-yes = Sitzung jetzt beenden
# $name ist der Name der Auszeit („die Pause von Sophie“); $capitalised derselbe, großgeschrieben.
console-end-timeout-title = { $capitalised } { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} früher beenden?
console-end-timeout-text = { $capitalised } dauert noch { $time }. Die Uhr der Runde läuft dann dort weiter, wo sie angehalten hat.
console-end-timeout-yes = Jetzt beenden
console-leave-step-timer = Die Uhr eines Schritts läuft.
console-leave-timeout = Eine Auszeit läuft bis { $time } Uhr; sie endet von selbst.
console-not-recorded = Noch nicht festgehalten: { $what }.
console-leave-text = { $lines } Die Sitzung bleibt offen; Sie können über die Seite des Paares zu ihr zurückkehren.
console-leave-title = Sitzung verlassen?
console-leave-pause = Uhr anhalten und gehen
console-leave-yes = Sitzung verlassen
console-leave-running = Weiterlaufen lassen
console-move-title = Zu Phase { $phase } wechseln: { $title }?
console-move-text = { $turn }. Der Wechsel beendet diese Runde; ihre bisherige Zeit bleibt erhalten.
console-move-yes = Wechseln
console-not-now = Nicht jetzt
console-question-keys = { $confirm }: { $yes } · { $cancel }: nicht jetzt

## Die Tasten
console-keys-hint = Sie wirken immer, wenn Sie nicht gerade in ein Textfeld schreiben.
console-keys-repeat = Eine gedrückt gehaltene Taste wirkt einmal, und ein zweiter Druck innerhalb von 300 ms zählt als derselbe.
console-close = Schließen

## Eine laufende Runde, in Worten
console-turn-words-confirming = { $speaker } bestätigt
console-turn-left = { $turn }, noch { $time }
console-turn-over = { $turn }, { $time } drüber
console-doing-paraphrase = { $listener } paraphrasiert
console-doing-mirror = { $listener } spiegelt
console-doing-summary = { $listener } fasst zusammen
console-doing-validation = { $listener } validiert
console-doing-empathy = { $listener } fühlt sich ein

## Wer an der Reihe ist (über dem Countdown)

## Der Einstieg für den Zuhörer

## Der Dialog
console-topic = Thema
console-topic-hint = worum es in diesem Dialog geht
console-topic-unrecorded = das Thema des Dialogs
console-nobody = Niemand hat das Wort
console-speaks = { $name } spricht
console-paused-timeout = Angehalten für die Auszeit
console-paused = Angehalten
console-over-time = Zeit überschritten
console-attempt = { $attempt }. Versuch der Wiedergabe
console-stage-time = Verbrauchte Zeit in diesem Abschnitt
console-next-paraphrase = Weiter: Paraphrasieren
console-next-mirror = Weiter: Spiegeln
console-next-summary = Weiter: Zusammenfassen
console-next-validation = Weiter: Validieren
console-next-empathy = Weiter: Einfühlen
console-next-confirm = Weiter: Bestätigen
console-understood = Verstanden — { $doing }
console-heard = Gehört — { $doing }
console-accurate-pass = Stimmt — { $listener } hat das Wort
console-accurate-again = Stimmt — { $speaker } spricht weiter
console-not-quite = Nicht ganz
console-done-keeps = Fertig — { $speaker } behält das Wort
console-done-pass = Fertig — { $listener } hat das Wort
console-resume = Fortsetzen
console-pause = Anhalten
console-more-seconds = 30 Sekunden mehr
console-there-is-more = Es gibt noch mehr — { $speaker } spricht weiter
console-accurate-goes-on = Stimmt, { $speaker } spricht weiter
console-accurate-stop = Stimmt, hier aufhören
console-pass-floor = Das Wort an { $listener } geben
console-stop-dialogue = Dialog beenden
console-talk-time = Redezeit
console-turns = { $count ->
    [one] { $count } Runde
   *[other] { $count } Runden
}

## Auszeiten
console-flooded = { $name } ist überflutet
console-short-break = Eine kurze Pause
console-own-timeout = Ihre eigene Auszeit
console-timeout-name-none = die Auszeit
console-timeout-name-partner-break = die Pause von { $name }
console-timeout-name-partner-timeout = die Auszeit von { $name }
console-timeout-name-therapist-break = Ihre Pause
console-timeout-name-therapist-timeout = Ihre Auszeit
console-reason-flooding = Überflutung
console-reason-break = kurze Pause
console-reason-other = Sonstiges
console-timeout-title = Auszeit: Alle Uhren sind angehalten
console-timeout-who = Wer hat sie verlangt, und warum?
console-timeout-keep = Beibehalten: { $reason }, { $length }
console-timeout-undo = Doch keine Auszeit
console-called-by = verlangt von { $name }
console-called-by-therapist = von Ihnen verlangt
console-timeout-back = Pause — zurück um { $time }
console-timeout-spoken = Pause, { $left }
console-timeout-come-back = Zeit, zurückzukommen
console-timeout-end-early = Auszeit vorzeitig beenden
console-timeout-more = 5 Minuten mehr
console-timeout-change = Wer oder warum ändern

## Geführte Schritte
console-step-over = mehr als geplant ({ $limit }): weitermachen, solange es hilft
console-step-left = übrig von { $limit }
console-step-untimed = vergangen (Schritt ohne Zeitvorgabe)
console-no-steps = Diese Phase hat keine geführten Schritte.
console-step-of = Schritt { $step } von { $count }
console-step-timeout = angehalten für die Auszeit
console-step-paused = angehalten
console-step-previous = Vorheriger Schritt
console-step-next = Nächster Schritt
console-step-last = Das ist der letzte Schritt: Gehen Sie zur nächsten Phase weiter, wenn Sie so weit sind.
console-step-notes = Notizen zu diesem Schritt
console-step-notes-hint = Was auffiel; es fließt in Ihre Sitzungsnotiz ein
console-step-minutes = { $minutes } min
console-step-took = dauerte { $time }
console-step-unrecorded = die Notiz zu Schritt { $step }

## Notizen
console-notes = Notizen
console-note-format = Notizformat
console-format-free = Freitext
console-format-soap = SOAP
console-format-dap = DAP
console-format-birp = BIRP
console-notes-private = Nur für Sie: nie dem Paar gezeigt und nie auf sein Blatt gedruckt.
console-section-notes = Notizen
console-section-subjective = Subjektiv
console-section-objective = Objektiv
console-section-data = Daten
console-section-assessment = Einschätzung
console-section-plan = Plan
console-section-behaviour = Verhalten
console-section-intervention = Intervention
console-section-response = Reaktion
console-hint-notes = Was in der Sitzung geschah, in Ihren eigenen Worten
console-hint-subjective = Was das Paar berichtet hat: Anliegen, Gefühle, seine Woche
console-hint-objective = Was Sie beobachtet haben: Affekt, Interaktion, Eskalation
console-hint-data = Was in der Sitzung gesagt und beobachtet wurde
console-hint-assessment = Ihre klinische Einschätzung: Muster, Fortschritte, etwaige Risiken
console-hint-plan = Nächste Schritte, Hausaufgaben, der nächste Termin
console-hint-behaviour = Was beide Partner jeweils getan und gesagt haben
console-hint-intervention = Was Sie getan haben: Techniken, Übungen, Anleitung
console-hint-response = Wie das Paar darauf reagiert hat
console-section-kept = { $section } (aus einem früheren Format)
console-section-kept-note = Notizen im Format { $format } haben keinen Abschnitt „{ $section }“. Dieser Text bleibt hier und im Notizen-PDF, bis Sie ihn verschieben.
console-move-into = Nach { $section } verschieben
console-move-into-hover = Fügt diesen Text am Ende von { $section } an
console-section-unrecorded = der Abschnitt { $section } der Notiz
console-quick-note = Kurznotiz
console-quick-note-hint = Ein Moment zum Festhalten, mit Uhrzeit
console-add-note = Hinzufügen
console-quick-note-too-long = Eine Kurznotiz darf höchstens { $max } Zeichen lang sein; diese hat { $count }.
console-quick-notes-empty = Notizen mit Uhrzeit, die Sie während der Sitzung hinzufügen, erscheinen hier.
console-bookmark = (Lesezeichen)
console-signed-notes = Unterschrieben von { $by } am { $date } um { $time }. Alles Weitere gehört in einen Nachtrag, unter Abschluss.
console-addendum-at = Nachtrag, { $date } um { $time }

## Für die Akte
console-record = Für die Akte
console-signature = Unterschrift
console-present = Anwesend
console-held = Form
console-modality-in-person = vor Ort
console-modality-telehealth = per Video
console-service-code = Leistungsziffer
console-diagnosis-code = Diagnoseschlüssel
console-risk = Risiko
console-risk-none = Nichts festgestellt
console-risk-concerns = Bedenken
console-risk-what = Worin die Bedenken bestehen
console-sign-needs-name = Tragen Sie in den Einstellungen Ihren Namen und Ihre Qualifikation ein, um die Notizen zu unterschreiben.
console-sign-note = Nicht unterschriebene Notizen werden als Entwurf gedruckt. Nach der Unterschrift sind sie gesperrt: Alles Spätere ist ein datierter Nachtrag.
console-sign-start = Notizen unterschreiben…
console-sign-confirm = Diese Notizen als { $signer } unterschreiben?
console-sign = Notizen unterschreiben
console-signed = Elektronisch unterschrieben von { $by } am { $date } um { $time }.
console-addendum-line = Nachtrag, { $date } um { $time }: { $text }
console-addendum = Nachtrag
console-addendum-hint = Datiert und nach der Unterschrift gedruckt
console-add-addendum = Nachtrag hinzufügen
console-addendum-unrecorded = ein Nachtrag
console-thousands = .
console-quick-notes-earlier = { $count ->
    [one] Eine frühere Kurznotiz
   *[other] { $count } frühere Kurznotizen
}
