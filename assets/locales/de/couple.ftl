# Was das Paar liest: die Anzeige für das Paar und das Hausaufgabenblatt.

## Die Anzeige für das Paar
display-welcome = Willkommen
display-welcome-note = Atmen Sie einmal durch; wir beginnen gleich.
display-thanks = Danke, Ihnen beiden
display-ended = Die Sitzung ist zu Ende.
display-break = Pause — zurück um { $time }
display-timeout = Auszeit
display-calming = Langsam einatmen und bis vier zählen … ausatmen und bis sechs zählen.
display-flooded = Gehen Sie an getrennte Orte und beruhigen Sie sich, statt das Gespräch im Kopf weiterzuführen.
display-back-upset = Zeit, wieder zusammenzukommen, auch wenn Sie noch aufgewühlt sind: Sagen Sie es, und bitten Sie um mehr Zeit, wenn Sie sie brauchen.
display-back = Zeit, wieder zusammenzukommen.
display-floor-next = Als Nächstes hat { $name } das Wort
display-paused = Angehalten
display-over-time = Die Zeit ist um — bringen Sie den Gedanken zu Ende
display-talk-time = Redezeit
display-more-rules = { $count ->
    [one] und eine weitere
   *[other] und { $count } weitere
}

## Wer an der Reihe ist
turn-speaking = { $speaker } spricht
turn-confirm-mirror = { $speaker }: Hat { $listener } es verstanden? Gibt es noch mehr?
turn-confirm = { $speaker }: Stimmte das so?
turn-summary = { $listener }, fassen Sie zusammen
turn-validation = { $listener }, sagen Sie, was Sie an der Sicht von { $speaker } nachvollziehen können
turn-empathy = { $listener }, stellen Sie sich vor, wie { $speaker } sich fühlt
turn-mirror = { $listener }, Sie spiegeln
turn-paraphrase = { $listener }, geben Sie wieder, was Sie gehört haben

## Der Einstieg für den Zuhörenden
opening-paraphrase = „Ich höre, dass du sagst …“
opening-mirror = „Wenn ich dich richtig verstanden habe, sagst du … Habe ich es verstanden? Gibt es noch mehr?“
opening-summary = „Mal sehen, ob ich alles mitbekommen habe …“
opening-validation = „Das ergibt für mich Sinn, weil …“
opening-empathy = „Ich stelle mir vor, dass du dich … fühlst. Ist es so?“

## Das Hausaufgabenblatt
sheet-title = Unsere Vereinbarungen für diese Woche
sheet-name = Hausaufgabenblatt
sheet-from-session = { $couple } · aus unserer Sitzung am { $date }
sheet-next = Nächste Sitzung: { $date }
sheet-next-open = Nächste Sitzung: wird noch vereinbart
sheet-wins = { $count ->
    [one] Unsere Erfolge bisher: eine Vereinbarung eingehalten
   *[other] Unsere Erfolge bisher: { $count } Vereinbarungen eingehalten
}
sheet-none = Diesmal keine neuen Vereinbarungen. Weiter so mit dem, was gut läuft.
sheet-what-we-agreed = Was wir vereinbart haben
sheet-doc-title = Hausaufgabenblatt — { $couple }, Sitzung { $number }
sheet-footer = { $couple } · Sitzung { $number }
sheet-both = Wir beide
sheet-we-know = Woran wir es merken: { $evidence }
sheet-still-going = Läuft weiter, aus Sitzung { $number }
sheet-week-of = Woche ab
sheet-notes = Unsere Notizen
sheet-rules = Unsere Grundregeln
sheet-hard = Wenn es schwierig wird
sheet-timeout-1 = Jeder von uns kann sagen: „Ich brauche eine Auszeit.“ Ohne Vorwurf, ohne letztes Wort.
sheet-timeout-2 = Überflutet? Sagen, wann wir zurückkommen, dann an getrennte Orte gehen, mindestens 20 Minuten; innerhalb von 24 Stunden zurückkommen.
sheet-timeout-3 = Beruhigen statt grübeln: gehen, atmen, Musik.
sheet-timeout-4 = Wie vereinbart zurückkommen, auch wenn wir noch aufgewühlt sind, und um mehr Zeit bitten, wenn wir sie brauchen.
sheet-start-again = Sanft neu anfangen:
sheet-formula = „Ich fühle … wegen … und brauche …“
sheet-setbacks = Rückschläge sind normal: Heilung verläuft nicht geradlinig.
sheet-agreed = Das haben wir gemeinsam vereinbart:
sheet-unsafe = Wenn sich einer von Ihnen zu Hause nicht sicher fühlt, rufen Sie den örtlichen Notruf an und sagen Sie es uns danach.
sheet-date = Datum

## Wie oft
when-daily = jeden Tag
when-weekdays = jeden { $days }
when-weekly = einmal pro Woche
when-weekly-on = einmal pro Woche, am { $day }
list-and = { $first } und { $last }

## Datumsangaben
date-long = %A, %-d. %B
date-day-month = %-d. %b
date-month = %b

## Pages
page-of = Seite { $page } von { $pages }

## Die Grundregeln, die die Vorlagen vorschlagen
rule-1 = Kein Anschreien und keine Beschimpfungen.
rule-2 = Nicht unterbrechen: Wer spricht, redet zu Ende, bevor der andere antwortet.
rule-3 = Ich-Botschaften („Ich fühle mich … wegen … und ich brauche …“) statt Du-Vorwürfen.
rule-4 = Jeder von uns kann jederzeit eine Auszeit nehmen, und der andere respektiert sie.
rule-5 = Niemand stürmt hinaus: Wenn es zu viel wird, bitten wir stattdessen um eine Auszeit.
rule-6 = Handys weg während der Sitzung.
rule-7 = Ein Thema nach dem anderen.
rule-8 = Was hier gesagt wird, wird später nicht als Munition benutzt.

display-csi-title = { $name }, nur für Sie
display-csi-intro = Vier Fragen zu Ihrer Beziehung. Niemand sonst sieht hier Ihre Antworten.
display-csi-original = Die Fragen stehen in ihrem englischen Originalwortlaut, damit Ihre Antworten mit den veröffentlichten Werten vergleichbar bleiben.
display-csi-thanks = Danke, { $name }. Bitte drehen Sie den Bildschirm wieder zurück.
display-csi-answer = { $name }, Frage { $number }: { $answer }
