# Die Dokumente in der Sprache der Therapeutin bzw. des Therapeuten: die Sitzungsnotizen und
# der Verlaufsbericht (seine Worte an das Paar, doc-couple-…, folgen der Sprache des Paares).
# Dazu, was Praxis, Sitzung und Datenordner sagen, wenn etwas abgelehnt oder erledigt wird.

## Datumsangaben in Dokumenten (strftime von chrono: %A Wochentag, %B Monat, %b kurz)
doc-date = %-d. %B %Y
doc-date-short = %-d. %b %Y
doc-date-weekday = %A, %-d. %B %Y
doc-date-day-month = %-d. %B

## Die Dokumente, beim Namen genannt
doc-kind-notes = Sitzungsnotizen
doc-kind-notes-timeline = Sitzungsnotizen mit Zeitverlauf
doc-kind-homework = Hausaufgabenblatt
doc-alone-no-sheet = Sitzung { $number } war eine Einzelsitzung mit { $name }: Dazu gibt es kein Hausaufgabenblatt für das Paar, und die Notizen sind nur für Ihre Unterlagen.
doc-continued = { $title } (Fortsetzung)

## Zeichen, die keine Schrift auf diesem Computer hat
doc-font-cjk = Noto Sans CJK (Paket fonts-noto-cjk) für Chinesisch, Japanisch und Koreanisch
doc-font-devanagari = Noto Sans Devanagari (Paket fonts-noto-core)
doc-font-indic = Noto Sans für die jeweilige indische Schrift (Paket fonts-noto-core)
doc-font-thai = Noto Sans Thai (Paket fonts-noto-core)
doc-font-arabic = Noto Sans Arabic (Paket fonts-noto-core)
doc-font-other = Noto Sans (Paket fonts-noto-core)
doc-missing-more = { $list } und { $count } weitere
doc-missing-and = und
doc-missing-install = installieren Sie { $fonts } und drucken Sie erneut
doc-missing-emoji = Emojis werden als Kästchen gedruckt: Schreiben Sie stattdessen das Wort
doc-missing = Als Kästchen gedruckt, weil keine Schrift auf diesem Computer diese Zeichen enthält: { $list }. Um sie zu drucken, { $how }.

## Sitzungsnotizen: der Rahmen
doc-notes-header = Vertraulich · Sitzungsnotizen · { $a } & { $b }
doc-notes-footer = Vertraulich · { $practice } · Sitzung { $number } · { $date }
doc-notes-draft = ENTWURF · NICHT UNTERSCHRIEBEN
doc-notes-title = Sitzungsnotizen — { $a } & { $b }, Sitzung { $number }

## Sitzungsnotizen: wer, wann, wo
doc-notes-heading = Sitzungsnotizen
doc-notes-individual-heading = Notizen zur Einzelsitzung
doc-notes-alone = { $name }, allein (von { $a } & { $b })
doc-notes-alone-record = Nur für die eigenen Unterlagen: nicht für das Paar und nicht für die Akte einer gemeinsamen Sitzung.
doc-notes-ids = { $name }: { $ids }
doc-notes-session = Sitzung { $number }
doc-notes-service = Leistung { $code }
doc-notes-diagnosis = Diagnose { $code }
doc-notes-still-running = läuft noch
doc-notes-present-both = Anwesend: { $a } und { $b }.
doc-notes-present-one = Anwesend: { $present } ({ $absent } abwesend).
doc-notes-present-unknown = Anwesend: nicht erfasst.
doc-notes-protocol = Protokoll: { $name }.
doc-notes-therapist = Behandelt von: { $name }.
doc-notes-next = Nächste Sitzung: { $date }.
doc-notes-clock-forward = Um { $time } wurde die Uhr des Computers { $by } vorgestellt; die Uhrzeiten danach folgen der neuen Uhr, Dauern sind davon nicht betroffen.
doc-notes-clock-back = Um { $time } wurde die Uhr des Computers { $by } zurückgestellt; die Uhrzeiten danach folgen der neuen Uhr, Dauern sind davon nicht betroffen.
doc-notes-days = { $count } T
doc-notes-hours = { $count } h
doc-notes-minutes = { $count } min
doc-notes-seconds = { $count } s

## Sitzungsnotizen: die Abschnitte
doc-notes-check-in = Ankommen
doc-notes-week = Die Woche: { $ratings }.
doc-notes-csi = CSI-4: { $scores } (Grenzwert { $cutoff }).
doc-notes-progress = Fortschritt bei den Vereinbarungen
doc-notes-agreement = Vereinbarung
doc-notes-outcome = Ergebnis
doc-notes-comment = Kommentar
doc-notes-not-reviewed = nicht besprochen
doc-notes-outcome-stopped = { $outcome } (beendet)
doc-notes-whose = { $who }: { $what }
doc-notes-both = Beide
doc-notes-interventions = Interventionen
doc-notes-phase = { $title } — { $took } (geplant { $planned })
doc-notes-phase-turns = { $phase }: { $turns }
doc-notes-turns = { $name } { $count ->
    [one] 1 Runde
   *[other] { $count } Runden
}, { $talk } Redezeit
doc-notes-retries = Paraphrasen, die einen zweiten Anlauf brauchten: { $count }.
doc-notes-topics = Themen: { $topics }.
doc-notes-rules = Grundregeln
doc-notes-rules-all = { $count ->
    [one] Der geltenden Regel haben in dieser Sitzung beide zugestimmt.
   *[other] Allen { $count } geltenden Regeln haben in dieser Sitzung beide zugestimmt.
}
doc-notes-rules-some = { $count ->
    [one] 1 geltende Regel
   *[other] { $count } geltende Regeln
}; { $both } davon haben in dieser Sitzung beide zugestimmt.
doc-notes-rule-agreed-by = nur { $name } hat zugestimmt
doc-notes-rule-not-agreed = in dieser Sitzung keine Zustimmung
doc-notes-risk = Risiko
doc-notes-risk-none = Keines festgestellt.
doc-notes-concerns = Bedenken: { $words }
doc-notes-confidentiality = Vertraulichkeit: { $policy } (vereinbart am { $date }).
doc-notes-timeouts = Auszeiten
doc-notes-timeout = { $time } · verlangt von { $by } · { $reason } · { $length }
doc-notes-timeout-early = { $time } · verlangt von { $by } · { $reason } · { $length } (vorzeitig beendet)
doc-notes-by-therapist = Therapeut/in
doc-notes-flooding = Überflutung
doc-notes-short-break = kurze Pause
doc-notes-other-reason = anderer Grund
doc-notes-new-agreements = Neue Vereinbarungen
doc-notes-new-agreement = { $who }: { $what } — { $when }
doc-notes-we-know = Woran wir es merken: { $evidence }
doc-notes-notes = Notizen ({ $format })
doc-notes-earlier-format = { $section } (aus einem früheren Format)
doc-notes-step-notes = Notizen zu den angeleiteten Schritten
doc-notes-quick = Kurznotizen
doc-notes-marked = (markierter Moment)
doc-notes-none = Es wurden keine Notizen geschrieben.
doc-notes-written-after = Notizen zuletzt nach der Sitzung geschrieben, am { $date } um { $time }.
doc-notes-signed = Elektronisch unterschrieben von { $by } am { $date } um { $time }.
doc-notes-addenda = Nachträge
doc-notes-added = Nachtrag vom { $date } um { $time }

## Sitzungsnotizen: der Zeitverlauf im Anhang
doc-notes-timeline = Anhang: Zeitverlauf
doc-notes-undone = { $what } (rückgängig gemacht)
doc-notes-the-floor = Das Wort
doc-notes-run-going = { $who }: eine Runde läuft, { $length }
doc-notes-run = { $who }: { $count ->
    [one] 1 Runde
   *[other] { $count } Runden
}, { $length }
doc-event-started = Sitzung begonnen
doc-event-phase = Phase: { $title }
doc-event-rated = { $name } hat die Woche mit { $score }/10 bewertet
doc-event-csi = { $name } hat Zufriedenheitsfrage { $question } mit { $answer } beantwortet
doc-event-reviewed = Vereinbarung besprochen, { $outcome }: { $what }
doc-event-reviewed-unknown = Vereinbarung besprochen: { $outcome }
doc-event-stopped = Vereinbarung beendet
doc-event-rule-added = Regel hinzugefügt: { $rule }
doc-event-rules-replaced = Grundregeln gewechselt zu { $name }
doc-event-card = Karte für das Paar gezeigt: { $title }
doc-event-a-card = eine Karte
doc-event-rule-agreed = { $name } hat einer Regel zugestimmt
doc-event-floor = { $name } hat das Wort
doc-event-paraphrase = Paraphrasieren
doc-event-confirming = Bestätigen der Paraphrase
doc-event-response = Antwort des Zuhörers
doc-event-not-quite = „Nicht ganz“: erneut paraphrasieren
doc-event-accurate = Paraphrase als zutreffend bestätigt
doc-event-topic = Thema: { $topic }
doc-event-paused = Timer angehalten
doc-event-resumed = Timer fortgesetzt
doc-event-timeout = Auszeit verlangt von { $by } ({ $reason }), { $length }
doc-event-timeout-early = Auszeit vorzeitig beendet
doc-event-timeout-over = Auszeit vorbei
doc-event-timeout-changed = Auszeit geändert: verlangt von { $by } ({ $reason }), { $length }
doc-event-undone = Korrektur: rückgängig gemacht, { $what }
doc-event-redone = Korrektur: wiederhergestellt, { $what }
doc-event-agreement = Vereinbarung getroffen: { $what }
doc-event-quick-note = Kurznotiz: { $text }
doc-event-next = Nächste Sitzung festgelegt auf { $date }
doc-event-ended = Sitzung beendet
doc-event-clock-forward = Die Uhr des Computers wurde { $by } vorgestellt (die Uhrzeiten danach folgen der neuen Uhr; Dauern sind davon nicht betroffen)
doc-event-clock-back = Die Uhr des Computers wurde { $by } zurückgestellt (die Uhrzeiten danach folgen der neuen Uhr; Dauern sind davon nicht betroffen)

## Der Verlaufsbericht
doc-progress-header = Verlaufsbericht · { $names }
doc-progress-header-practice = { $practice } · Verlaufsbericht · { $names }
doc-progress-footer = { $names } · gedruckt am { $date }
doc-progress-title = Verlaufsbericht — { $names }
doc-progress-heading = Verlaufsbericht
doc-progress-span = Gemeinsame Sitzungen { $first } bis { $last }, { $from } bis { $to }
doc-progress-span-one = Gemeinsame Sitzung { $number }, { $date }
doc-progress-span-none = Noch keine gemeinsamen Sitzungen
doc-progress-no-sessions = Noch keine gemeinsamen Sitzungen: Die Zahlen beginnen mit der ersten.
doc-progress-satisfaction = Zufriedenheit (CSI-4)
doc-progress-cut-off = Grenzwert { $score }
doc-progress-the-week-chart = Die Woche, 0 bis 10
doc-progress-reviewed = Besprochene Vereinbarungen
doc-progress-done = erledigt
doc-progress-partly = teilweise
doc-progress-not-done = nicht erledigt
doc-progress-timeouts = Auszeiten
doc-progress-timeouts-key = Auszeiten
doc-progress-share = Anteil von { $name } an der Redezeit
doc-progress-even-share = gleicher Anteil
doc-progress-numbers = Die Zahlen
doc-progress-numbers-key = Die Woche und CSI-4: { $a } / { $b }. Besprochene Vereinbarungen: erledigt / teilweise / nicht erledigt. Redezeit: Anteil von { $a } an der Redezeit in den Runden.
doc-progress-col-session = Sitzung
doc-progress-col-date = Datum
doc-progress-col-week = Die Woche
doc-progress-col-agreements = Vereinbarungen
doc-progress-col-talk = Redezeit
doc-progress-csi-note = CSI-4: Couples Satisfaction Index, Kurzform mit 4 Fragen (Funk & Rogge 2007), 0 bis { $max }; Summen unter { $cutoff } deuten auf eine deutliche Belastung hin.
doc-progress-agreements = Vereinbarungen
doc-progress-none-yet = Noch keine getroffen.
doc-progress-both = Beide
doc-progress-not-reviewed = noch nicht besprochen
doc-progress-reviews = Besprechungen: { $outcomes }
doc-progress-agreement = { $who }: { $what } (aus Sitzung { $number }) — { $reviews }
doc-progress-streak = { $count ->
    [one] beim letzten Mal erledigt
   *[other] { $count }-mal in Folge erledigt
}
doc-progress-stopped = beendet

## Die Worte des Verlaufsberichts an das Paar, in der Sprache des Paares
doc-couple-small-wins = Veränderung zeigt sich in kleinen Erfolgen, und sie verläuft selten geradlinig: Eine schwere Woche zwischen guten gehört dazu.
doc-couple-kept = { $count ->
    [0] Noch nicht eingehalten: Der nächste Schritt ist ein erster kleiner Schritt.
    [one] Bisher einmal eingehalten.
   *[other] Bisher { $count }-mal eingehalten, alle Vereinbarungen zusammen.
}

## Die Praxis: was sie sagt, wenn sie etwas ablehnt oder erledigt hat
doc-practice-read-only = Die Praxis in { $folder } wurde nur zum Lesen geöffnet, daher wurde nichts geändert; nehmen Sie Änderungen in der Groundwork-App vor.
doc-practice-demo-folder = Für die Beispielpraxis konnte kein Ordner angelegt werden: { $error }.
doc-practice-not-protected = die Praxis ist nicht durch eine Passphrase geschützt
doc-practice-demo-not-protected = Die Beispielpraxis wird nicht geschützt: Sie wird gelöscht, wenn Groundwork geschlossen wird.
doc-practice-close-session-first = Schließen Sie zuerst die offene Sitzung, dann schützen Sie die Praxis.
doc-practice-passphrases-differ = Die beiden Passphrasen stimmen nicht überein; es wurde nichts geändert.
doc-practice-protected = Die Praxis ist geschützt: { $count ->
    [one] 1 Datei
   *[other] { $count } Dateien
} versiegelt. Groundwork fragt beim Öffnen nach der Passphrase; ohne sie kann niemand diese Praxis lesen, auch Sie nicht. Bewahren Sie sie also sicher auf.
doc-practice-exports-moved = { $count ->
    [one] Ein früher exportiertes PDF wurde
   *[other] { $count } früher exportierte PDFs wurden
} aus dem Datenordner nach { $folder } verschoben.
doc-practice-new-passphrases-differ = Die beiden neuen Passphrasen stimmen nicht überein; es wurde nichts geändert.
doc-practice-nothing-to-remember = Die Praxis ist nicht durch eine Passphrase geschützt, es gibt also nichts zu merken.
doc-practice-not-remembered = Dieser Computer konnte sich die Passphrase nicht merken: { $why }.
doc-practice-remembered = Dieser Computer merkt sich die Passphrase: Groundwork öffnet diese Praxis hier, ohne danach zu fragen. Nach dem Sperren und auf jedem anderen Computer wird weiterhin gefragt.
doc-practice-not-forgotten = Dieser Computer konnte die Passphrase nicht vergessen: { $why }.
doc-practice-forgotten = Dieser Computer merkt sich die Passphrase nicht mehr: Groundwork fragt beim Öffnen dieser Praxis danach.
doc-practice-backup-passphrases-differ = Die beiden Passphrasen stimmen nicht überein; es wurde nichts geschrieben.
doc-practice-backed-up = { $count ->
    [one] 1 Datei
   *[other] { $count } Dateien
} ({ $size } MB) in { $file } gesichert und zur Kontrolle wieder gelesen: Die Sicherung ist vollständig.
doc-practice-no-restore-into-demo = In die Beispielpraxis wird keine Sicherung zurückgespielt.
doc-practice-restored = { $count ->
    [one] 1 Datei
   *[other] { $count } Dateien
} aus { $file } wiederhergestellt: { $couples ->
    [one] 1 Paar
   *[other] { $couples } Paare
}.
doc-practice-never-backed-up = Diese Praxis wurde noch nie gesichert.
doc-practice-backup-old = Die letzte Sicherung ist { $days } Tage alt.
doc-practice-session-running = Es läuft bereits eine Sitzung; beenden Sie sie, bevor Sie eine neue beginnen.
doc-practice-couple-gone = Dieses Paar ist nicht mehr in der Praxis.
doc-practice-no-protocol = Das Protokoll „{ $id }“ ist nicht verfügbar.
doc-practice-choose-partner = { $protocol } ist für eine Person allein: Wählen Sie zuerst, mit wem.
doc-practice-joint-session = { $protocol } ist eine gemeinsame Sitzung; für eine Person allein wählen Sie die Einzelsitzung.
doc-practice-session-number = Sitzung { $number }
doc-practice-open-elsewhere = { $session } ist auf { $on } geöffnet und hier deshalb nur lesbar; übernehmen Sie sie nur, wenn Groundwork auf jenem Computer nicht mehr läuft.
doc-practice-no-session = Es ist keine Sitzung geöffnet.
doc-practice-exports-folder = Exportordner von { $couple }
doc-practice-home-folder = ~ (Ihr persönlicher Ordner)
doc-practice-no-documents-folder = Dieser Computer hat keinen Dokumente-Ordner; wählen Sie, wo gespeichert werden soll.
doc-practice-too-many-copies = In { $folder } liegen bereits zu viele Kopien dieses Dokuments.
doc-practice-no-progress-yet = Es gibt noch keine Sitzung, also keinen Verlauf zum Drucken.
doc-practice-inside-protected = { $file } liegt im Ordner der geschützten Praxis, in dem nichts Lesbares aufbewahrt wird; speichern Sie das PDF an einem anderen Ort, etwa in Ihrem Dokumente-Ordner.
doc-practice-no-folder = Den Ordner { $folder } gibt es nicht; wählen Sie einen anderen Ort.
doc-practice-already-there = { $file } ist bereits vorhanden; wählen Sie einen anderen Namen.

## Die Sitzung: warum ein Schritt abgelehnt wird
doc-refuse-day-at = { $date } um { $time }
doc-refuse-timeout-ran-out = Die Auszeit ist um { $time } abgelaufen; beginnen Sie eine neue, wenn das Paar mehr Zeit braucht.
doc-refuse-session-ended = Die Sitzung ist beendet; nur die Notizen lassen sich noch ändern.
doc-refuse-signed-addendum = Die Notizen wurden am { $when } unterschrieben; fügen Sie stattdessen einen datierten Nachtrag hinzu.
doc-refuse-last-phase = Dies ist die letzte Phase; beenden Sie die Sitzung, wenn Sie so weit sind.
doc-refuse-no-phase = Es gibt keine Phase { $number }; diese Sitzung hat { $count }.
doc-refuse-not-to-review = Diese Vereinbarung gehört nicht zu den Vereinbarungen, die zu besprechen sind.
doc-refuse-rating = Die Bewertung beim Ankommen geht von 0 bis 10.
doc-refuse-csi-question = Die Zufriedenheitsfragen sind von 1 bis 4 nummeriert.
doc-refuse-csi-answer = Diese Antwort gehört nicht zu den Antworten der Frage.
doc-refuse-no-other-rules = Dieses Protokoll hat keine anderen Grundregeln.
doc-refuse-no-card = Diese Karte gehört nicht zu diesem Protokoll.
doc-refuse-too-many-rules = Ein Paar kann höchstens { $count } Grundregeln haben.
doc-refuse-rule-twice = Diese Regel steht bereits auf der Liste.
doc-refuse-confirming = { $speaker } bestätigt gerade die Paraphrase: Wählen Sie „zutreffend“ oder „nicht ganz“.
doc-refuse-still-speaking = { $speaker } spricht noch; danach paraphrasiert { $listener }, dann bestätigt { $speaker }.
doc-refuse-still-paraphrasing = { $listener } paraphrasiert noch; danach drücken Sie „Weiter“, und { $speaker } bestätigt.
doc-refuse-already-confirmed = { $speaker } hat bereits bestätigt; { $listener } schließt als Zuhörer ab, dann drücken Sie „Weiter“.
doc-refuse-not-quite-when = „Nicht ganz“ kommt erst nach der Paraphrase von { $listener }.
doc-refuse-already-paused = Der Timer ist bereits angehalten.
doc-refuse-not-paused = Der Timer ist nicht angehalten.
doc-refuse-confirming-untimed = Das Bestätigen hat kein Zeitlimit, es gibt also nichts zu verlängern.
doc-refuse-step-untimed = Dieser Schritt hat kein Zeitlimit, es gibt also nichts zu verlängern.
doc-refuse-stage-max = Ein Abschnitt oder Schritt kann höchstens { $length } dauern.
doc-refuse-no-steps = Diese Phase hat keine angeleiteten Schritte.
doc-refuse-first-step = Dies ist der erste Schritt.
doc-refuse-last-step = Dies ist der letzte Schritt; gehen Sie zur nächsten Phase, wenn Sie so weit sind.
doc-refuse-phase-no-steps = Die gewählte Phase hat keine angeleiteten Schritte.
doc-refuse-no-step = Diesen Schritt gibt es nicht.
doc-refuse-timeout-running = Es läuft bereits eine Auszeit; beenden oder verlängern Sie sie.
doc-refuse-no-timeout = Es läuft keine Auszeit.
doc-refuse-timeout-max = Eine Auszeit kann höchstens { $length } dauern.
doc-refuse-nothing-to-undo = In dieser Phase gibt es nichts zurückzunehmen; Rückgängig reicht bis zum Beginn der Phase.
doc-refuse-nothing-to-redo = Es gibt nichts wiederherzustellen: Wiederherstellen nimmt ein Rückgängig zurück, bis der nächste Schritt getan ist.
doc-refuse-too-many-agreements = Eine Sitzung kann höchstens { $count } Vereinbarungen enthalten; weniger und kleinere Vereinbarungen wirken besser.
doc-refuse-earlier-agreement = Hier lassen sich nur Vereinbarungen aus dieser Sitzung ändern; frühere werden beim Ankommen besprochen (und können dort beendet werden).
doc-refuse-no-section = Es gibt keinen Notizabschnitt namens „{ $section }“.
doc-refuse-next-before = Die nächste Sitzung kann nicht vor dieser liegen.
doc-refuse-nobody-present = Mindestens eine Person des Paares war in der Sitzung.
doc-refuse-already-signed = Die Notizen sind bereits unterschrieben, von { $by } am { $when }.
doc-refuse-sign-after-end = Beenden Sie die Sitzung, bevor Sie die Notizen unterschreiben.
doc-refuse-sign-no-name = Tragen Sie in den Einstellungen Ihren Namen ein, um die Notizen zu unterschreiben.
doc-refuse-addendum-unsigned = Die Notizen sind noch nicht unterschrieben: Ändern Sie sie direkt. Ein Nachtrag ist für unterschriebene Notizen gedacht.
doc-refuse-addendum-empty = Schreiben Sie zuerst den Nachtrag.
doc-refuse-one-way-pass = In dieser Phase hat { $speaker } durchgehend das Wort und { $listener } hört zu; das Wort wechselt nicht.
doc-refuse-one-way = In dieser Phase hat { $speaker } durchgehend das Wort und { $listener } hört zu.
doc-refuse-go-to-dialogue = Diese Phase hat keine Sprecher-Zuhörer-Runden; gehen Sie zu „{ $phase }“ (Phase { $number }), um eine zu beginnen.
doc-refuse-no-dialogue = Dieses Protokoll hat keine Sprecher-Zuhörer-Phase.
doc-refuse-in-timeout = Eine Auszeit läuft bis { $time }; machen Sie weiter, wenn das Paar zurück ist, oder beenden Sie die Auszeit vorzeitig.
doc-refuse-timer-stopped-by-timeout = Eine Auszeit läuft; der Timer ist bereits angehalten und läuft weiter, wenn die Auszeit endet.
doc-refuse-no-turn = Niemand hat das Wort; beginnen Sie zuerst eine Runde.
doc-refuse-no-timer = In dieser Phase läuft kein Timer.
doc-refuse-rule-gone = Diese Grundregel steht nicht mehr auf der Liste.
doc-refuse-extra-not-positive = Die zusätzliche Zeit muss größer als null sein; verlangt wurden { $asked }.
doc-refuse-extra-too-long = Die zusätzliche Zeit kann höchstens { $most } auf einmal betragen; verlangt wurden { $asked }.
doc-refuse-timeout-length = Eine Auszeit dauert zwischen { $least } und { $most }; verlangt wurden { $asked }.
doc-refuse-no-day = Wählen Sie mindestens einen Wochentag.
doc-refuse-review-past = Das Datum der Besprechung kann nicht in der Vergangenheit liegen.

## Der Datenordner: was nicht geschrieben werden konnte, und was zu tun ist
# Was nicht ging, in der Form, die doc-store-full, -name-too-long und -failed brauchen.
doc-store-done-created = angelegt
doc-store-done-opened = geöffnet
doc-store-done-read = gelesen
doc-store-done-saved = gespeichert
doc-store-done-synced = auf die Festplatte geschrieben
doc-store-done-repaired = repariert
doc-store-full-append = Die Festplatte ist voll, daher wurde der letzte Schritt nicht in { $file } festgehalten; schaffen Sie Platz auf der Festplatte und wiederholen Sie ihn (alles bisher Festgehaltene ist sicher).
doc-store-full = Die Festplatte ist voll, daher konnte { $file } nicht { $done } werden; schaffen Sie Platz auf der Festplatte und versuchen Sie es erneut (alles bisher Gespeicherte ist sicher).
doc-store-name-too-long = { $file } konnte nicht { $done } werden, weil der Name für die Festplatte zu lang ist; wählen Sie einen kürzeren Namen oder Ordner und versuchen Sie es erneut.
doc-store-not-allowed = Groundwork darf nicht in { $file } schreiben; prüfen Sie, ob der Ordner Ihnen gehört und nicht schreibgeschützt ist (oder wählen Sie mit --data-dir einen anderen Datenordner), und versuchen Sie es erneut.
doc-store-failed = { $file } konnte nicht { $done } werden ({ $error }); prüfen Sie, ob die Festplatte angeschlossen ist und funktioniert, und versuchen Sie es erneut (alles bisher Gespeicherte ist sicher).
doc-store-already-exists = { $file } ist bereits vorhanden, daher überschreibt Groundwork die Datei nicht; verwenden Sie eine andere Sitzungsnummer oder verschieben Sie die Datei aus dem Ordner und versuchen Sie es erneut.
doc-store-bad-couple-id = „{ $id }“ kann nicht als Ordnername eines Paares verwendet werden (nur Buchstaben, Ziffern, „-“ und „_“, höchstens 64 Zeichen); das ist ein Fehler in Groundwork, bitte melden Sie ihn.
doc-store-not-text = { $file } konnte nicht gespeichert werden, weil der Inhalt nicht als Text geschrieben werden konnte ({ $message }); das ist ein Fehler in Groundwork, bitte melden Sie ihn.
doc-store-journal-broken = In { $file } kann nach einem früheren Fehler nicht mehr sicher geschrieben werden; schließen Sie die Sitzung und öffnen Sie sie erneut, um weiterzumachen (alles bisher Gespeicherte ist sicher).
doc-store-changed = { $file } wurde verändert, während Groundwork die Datei reparierte, und bleibt daher, wie sie ist; stellen Sie sicher, dass Groundwork nicht zweimal läuft, und öffnen Sie die Sitzung erneut.
doc-store-locked = Groundwork ist für diese Praxis ({ $folder }) bereits geöffnet, { $place }; verwenden Sie jenes Fenster oder schließen Sie Groundwork dort und versuchen Sie es erneut (es wurde nichts geändert).
doc-store-needs-passphrase = Die Praxis in { $folder } ist durch eine Passphrase geschützt: Entsperren Sie sie zuerst (es wurde nichts gelesen oder geändert).
doc-store-changed-elsewhere = { $file } wurde von einem anderen Programm geändert (ist Groundwork zweimal geöffnet?), daher wurde der letzte Schritt nicht festgehalten und die Datei bleibt, wie sie ist; schließen Sie das andere Groundwork und öffnen Sie die Sitzung erneut (alles bisher Festgehaltene ist sicher).
