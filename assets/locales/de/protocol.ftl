# Die Begriffe der Protokolle in der Sprache der Therapeutin oder des Therapeuten.

## Arten von Phasen
kind-check-in = Ankommen
kind-ground-rules = Grundregeln
kind-speaker-listener = Sprecher / Zuhörer
kind-guided-steps = Geführte Schritte
kind-homework = Vereinbarungen
kind-closing = Abschluss

## Die Schritte des Zuhörers
step-paraphrase = Paraphrasieren
step-mirror = Spiegeln
step-summary = Zusammenfassen
step-validation = Validieren
step-empathy = Einfühlen

## Was der Zuhörer tut, nach seinem Namen: „Kai paraphrasiert“
doing-paraphrase = paraphrasiert
doing-mirror = spiegelt
doing-summary = fasst zusammen
doing-validation = validiert
doing-empathy = fühlt sich ein

## Was „Rückgängig“ zurücknimmt: „Rückgängig: Bestätigung von Emmas Paraphrase“
undo-rating = Bewertung von { $name }: { $score }/10
undo-csi-answer = Antwort von { $name } auf Zufriedenheitsfrage { $item }
undo-reviewed = Vereinbarung bewertet als { $outcome }
undo-agreement-stopped = Vereinbarung beendet
undo-agreement-kept = Vereinbarung läuft weiter
undo-rule-added = Regel hinzugefügt
undo-rules-replaced = Regeln ersetzt durch { $rules }
undo-rule-changed = Regel geändert
undo-rule-removed = Regel entfernt
undo-rule-agreed = { $name } stimmt einer Regel zu
undo-rule-agreement = Zustimmung von { $name } zu einer Regel
undo-took-floor = { $name } hat das Wort ergriffen
undo-step-started = { $step } von { $listener } begonnen
undo-response = Antwort
undo-step = { $step } von { $listener }
undo-step-finished = { $step } von { $listener } beendet
undo-not-quite = „Nicht ganz“ zur Paraphrase von { $listener }
undo-confirmed = Paraphrase von { $listener } bestätigt
undo-turn-stopped = Runde von { $speaker } beendet
undo-timer-paused = Timer angehalten
undo-timer-resumed = Timer fortgesetzt
undo-more-time = { $time } mehr
undo-to-step = weiter zu Schritt { $step }
undo-timeout-called = Auszeit genommen
undo-timeout-longer = Auszeit { $time } länger
undo-the-therapist = die Therapeutin / den Therapeuten
undo-timeout-set = Auszeit für { $who }, { $reason }
undo-timeout-ended = Auszeit vorzeitig beendet
undo-agreement-added = Vereinbarung hinzugefügt: { $agreement }
undo-agreement-changed = Vereinbarung geändert
undo-agreement-removed = Vereinbarung entfernt
undo-last-step = den letzten Schritt
undo-floor-passed = das Wort ging an { $name }
undo-all-rules = { $name } stimmt allen Regeln zu
