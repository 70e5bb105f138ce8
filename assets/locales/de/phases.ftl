# The console's phase panels in the therapist's language: check-in, ground rules, homework,
# closing.
# Die Phasen der Konsole in der Sprache der Therapeutin / des Therapeuten: Ankommen,
# Grundregeln, Hausaufgaben, Abschluss.

## Gemeinsam
phase-edit = Bearbeiten
phase-remove = Entfernen
phase-cancel = Abbrechen
phase-owner-both = { $a } und { $b }
phase-agreement-line = { $who }: { $what }
phase-outcome-done = erledigt
phase-outcome-partly = teilweise
phase-outcome-not-done = nicht erledigt

## Datumsangaben (strftime von chrono)
phase-date-long = %A, %-d. %B %Y
phase-date-full = %-d. %B %Y
phase-date-day-month = %-d. %B
phase-date-hint = JJJJ-MM-TT
phase-date-empty = Geben Sie das Datum als JJJJ-MM-TT ein, zum Beispiel { $example }.
phase-date-invalid = „{ $text }“ ist kein Datum; geben Sie es als JJJJ-MM-TT ein, zum Beispiel { $example }.
phase-date-too-early = { $date } liegt vor dieser Sitzung; wählen Sie ein späteres Datum.

## Eingegeben, aber noch nicht gespeichert
phase-unrecorded-agreement-change = eine Änderung an einer Vereinbarung, noch nicht gespeichert
phase-unrecorded-agreement-new = eine Vereinbarung in Arbeit, noch nicht hinzugefügt
phase-unrecorded-comment = der Kommentar zu Vereinbarung { $id }
phase-unrecorded-rule-new = eine Grundregel in Arbeit, noch nicht hinzugefügt
phase-unrecorded-rule-change = eine Änderung an einer Grundregel, noch nicht gespeichert
phase-unrecorded-next-date = das Datum der nächsten Sitzung

## Wie eine Vereinbarung beschrieben wird
phase-when-daily = jeden Tag
phase-when-weekdays = jeden { $days }
phase-when-weekly = einmal pro Woche
phase-when-weekly-on = einmal pro Woche, am { $day }
phase-terms-we-know = woran wir es merken: { $evidence }
phase-terms-review-on = Besprechung am { $date }
phase-terms-review-next = Besprechung in der nächsten Sitzung

## Ankommen
phase-checkin-week = Die Woche
phase-checkin-week-question = Wie war die Woche, von 0 (sehr schwer) bis 10 (sehr gut)?
phase-checkin-rating-name = { $name }: { $score }
phase-checkin-not-rated = nicht bewertet
phase-checkin-homework = Hausaufgaben vom letzten Mal
phase-checkin-nothing-to-review = Keine Vereinbarungen zu besprechen: Nach der letzten Sitzung war keine mehr offen.
phase-checkin-reviewed = { $reviewed } von { $total } besprochen. Fortschritt zeigt sich in kleinen Erfolgen.
phase-checkin-last-review = Zuletzt besprochen ({ $date }): { $outcome }
phase-checkin-last-review-comment = Zuletzt besprochen ({ $date }): { $outcome }: „{ $comment }“
phase-checkin-done = Erledigt
phase-checkin-partly = Teilweise
phase-checkin-not-done = Nicht erledigt
phase-checkin-comment = Kommentar
phase-checkin-comment-hint = Was geholfen hat, was im Weg stand
phase-checkin-choose-outcome = Wählen Sie „Erledigt“, „Teilweise“ oder „Nicht erledigt“, damit der Kommentar gespeichert wird.
phase-checkin-stop = Diese Vereinbarung beenden (eingehalten oder nicht mehr gewünscht)
phase-checkin-stop-hover = Sie wird in der nächsten Sitzung nicht mehr besprochen.
phase-checkin-stops = Endet nach heute; sie bleibt im Verlauf des Paares erhalten.

## CSI-4 (Fragen und Antworten bleiben Englisch: dafür braucht es eine validierte Übersetzung)
phase-csi-heading = Zufriedenheit (CSI-4) · { $totals }
phase-csi-not-asked = nicht erhoben
phase-csi-total = { $score } von { $max }
phase-csi-intro = Vier Fragen, die jeder Partner für sich beantwortet; eine Summe unter { $cutoff } weist auf deutliche Belastung hin. Stellen Sie die Fragen nacheinander, oder lassen Sie jeden antworten, ohne dass der andere zuhört.
phase-csi-back = Zurück zur Sitzung auf der Anzeige
phase-csi-ask = { $name } auf der Paaranzeige fragen
phase-csi-ask-hover = Die Anzeige wechselt zu dieser Person: Sie antwortet dort allein und sieht keine fremden Antworten
phase-csi-answering = { $name } antwortet auf der Paaranzeige; die Summe erscheint hier, sobald alle vier Fragen beantwortet sind.
phase-csi-answer-name = { $name }, Frage { $number }: { $answer }
phase-csi-result-below = { $name }: { $score } von { $max }, unter dem Grenzwert für Belastung ({ $cutoff })
phase-csi-result-above = { $name }: { $score } von { $max }, über dem Grenzwert für Belastung ({ $cutoff })

## Grundregeln
phase-rules-need-rule = Bitte schreiben Sie die Regel.
phase-rules-too-long = Eine Regel darf höchstens { $max } Zeichen lang sein; diese hat { $count }.
phase-rules-too-many = Ein Paar kann höchstens { $max } Grundregeln haben.
phase-rules-duplicate = Diese Regel steht schon auf der Liste.
phase-rules-agree-all = { $name } stimmt allen zu
phase-rules-none-yet = Noch keine Grundregeln. Fügen Sie unten die Regeln hinzu, die { $a } und { $b } einhalten möchten.
phase-rules-all-agreed = { $a } und { $b } haben jeder Regel zugestimmt.
phase-rules-status = { $a } hat { $a_count } von { $total } { $total ->
    [one] Regel
   *[other] Regeln
} zugestimmt; { $b } { $b_count } von { $total }.
phase-rules-agreed-by-both = Von beiden angenommen
phase-rules-agreed-before = Von beiden angenommen am { $date }
phase-rules-agrees = { $name } stimmt zu
phase-rules-remove-question = Diese Regel aus den Regeln des Paares entfernen?
phase-rules-remove = Regel entfernen
phase-rules-keep = Behalten
phase-rules-add-label = Regel hinzufügen
phase-rules-add-hint = z. B. Über Geld sprechen wir am Wochenende
phase-rules-add = Hinzufügen
phase-rules-wording = Wortlaut der Regel
phase-rules-reword-note = Wird der Wortlaut geändert, stimmen beide Partner erneut zu.
phase-rules-save = Regel speichern
phase-rules-other = Oder { $name }
phase-rules-use-other = Stattdessen { $name } verwenden
phase-rules-use-other-hover = Ersetzt die Regeln oben; beide Partner stimmen den neuen zu. „Rückgängig“ holt die alten zurück.

## Hausaufgaben
phase-homework-intro = Klein, konkret, überprüfbar: in den eigenen Worten der Partner, kein großes Versprechen.
phase-homework-added = Vereinbarung hinzugefügt.
phase-homework-saved = Änderungen gespeichert.
phase-homework-none-yet = In dieser Sitzung noch keine Vereinbarungen.
phase-homework-agreed-count = In dieser Sitzung vereinbart ({ $count })
phase-homework-being-edited = Wird oben bearbeitet
phase-homework-suggestions = Vorschläge
phase-homework-suggestion-taken = „{ $title }“ steht im Formular: Passen Sie es an die eigenen Worte des Paares an.
phase-homework-new-heading = Neue Vereinbarung
phase-homework-change-heading = Vereinbarung ändern
phase-homework-who = Wer
phase-homework-both = Beide
phase-homework-what = Was, in ihren eigenen Worten
phase-homework-what-hint-both = Wir essen gemeinsam zu Abend, ohne Handys
phase-homework-what-hint-one = Ich teile jeden Morgen meinen Arbeitsplan mit
phase-homework-need-what = Bitte schreiben Sie, was getan wird.
phase-homework-what-too-long = Die Beschreibung darf höchstens { $max } Zeichen lang sein; diese hat { $count }.
phase-homework-when = Wann
phase-homework-every-day = Jeden Tag
phase-homework-chosen-days = An bestimmten Tagen
phase-homework-once-a-week = Einmal pro Woche
phase-homework-any-day = Beliebiger Tag
phase-homework-choose-day = Wählen Sie mindestens einen Wochentag.
phase-homework-anchor = Anker-Gewohnheit: wann es geschieht
phase-homework-anchor-hint = nach dem Frühstück
phase-homework-anchor-too-long = Die Anker-Gewohnheit darf höchstens { $max } Zeichen lang sein; diese hat { $count }.
phase-homework-evidence = Woran wir merken, dass es geschehen ist
phase-homework-evidence-hint = eine Nachricht im gemeinsamen Kalender
phase-homework-evidence-too-long = „Woran wir es merken“ darf höchstens { $max } Zeichen lang sein; dieser Text hat { $count }.
phase-homework-review = Besprechen
phase-homework-review-next = In der nächsten Sitzung
phase-homework-review-next-on = In der nächsten Sitzung ({ $date })
phase-homework-review-on-date = An einem Datum
phase-homework-review-date = Datum der Besprechung
phase-homework-save = Änderungen speichern
phase-homework-add = Vereinbarung hinzufügen
phase-homework-cancel-editing = Bearbeiten abbrechen
phase-homework-clear = Formular leeren

## Abschluss
phase-closing-from-to = von { $start } bis { $end } ({ $length })
phase-closing-so-far = begonnen um { $start }, bisher { $length }
phase-closing-heading = Sitzung { $number } · { $template } · { $when }
phase-closing-next-session = Nächste Sitzung
phase-closing-next-date = Datum der nächsten Sitzung
phase-closing-set-date = Datum festlegen
phase-closing-clear-date = Datum löschen
phase-closing-next-on = Nächste Sitzung: { $date }
phase-closing-printed = Steht auf dem Hausaufgabenblatt des Paares.
phase-closing-ended = Die Sitzung endete um { $time }.
phase-closing-ended-unsigned = Die Sitzung endete um { $time }. Notizen können noch ergänzt werden, bis sie unterschrieben sind.
phase-closing-end = Sitzung beenden
phase-closing-dialogue = Sprecher und Zuhörer
phase-closing-no-turns = In dieser Sitzung keine Sprecher-Zuhörer-Runden.
phase-closing-turns = Runden
phase-closing-talk-time = Redezeit
phase-closing-paraphrasing = Paraphrasieren
phase-closing-share = Anteil an der Redezeit: { $a } { $a_share } %, { $b } { $b_share } %.
phase-closing-not-quite = { $count ->
    [one] Eine Paraphrase brauchte einen weiteren Versuch.
   *[other] { $count } Paraphrasen brauchten einen weiteren Versuch.
}
phase-closing-check-in = Ankommen
phase-closing-week = Die Woche: { $ratings }
phase-closing-reviewed = Hausaufgaben besprochen: { $reviewed } von { $total } ({ $done } erledigt, { $partly } teilweise, { $not_done } nicht erledigt).
phase-closing-timeouts = Auszeiten
phase-closing-no-timeouts = Keine Auszeiten.
phase-closing-by-you = Ihnen
phase-closing-reason-flooding = Überflutung
phase-closing-reason-break = kurze Pause
phase-closing-reason-other = Sonstiges
phase-closing-ended-early = { $lasted } (geplant { $planned }, früher beendet)
phase-closing-timeout = { $time }  angefordert von { $who } · { $reason } · { $how }
phase-closing-timeout-running = { $time }  angefordert von { $who } · { $reason } · läuft, zurück um { $back }
phase-closing-agreements = Neue Vereinbarungen
phase-closing-no-agreements = Keine neuen Vereinbarungen.
phase-closing-rules = Grundregeln
phase-closing-no-rules = Keine Grundregeln.
phase-closing-rules-agreed = { $both } von { $total } { $total ->
    [one] Regel
   *[other] Regeln
} von beiden angenommen.
phase-closing-rule-both = von beiden angenommen
phase-closing-rule-only = nur { $name }
phase-closing-rule-none = noch nicht angenommen
